package dev.loglens.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EpochTimesTest {

    private final TimeFields out = new TimeFields();

    @Test
    void wholeSeconds() {
        assertThat(EpochTimes.fill(1_728_560_799, out)).isTrue();
        assertThat(out.wallMillis()).isEqualTo(1_728_560_799_000L);
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T11:46:39Z");
        assertThat(out.fromEpoch).isTrue();
    }

    @Test
    void secondsWithAFraction() {
        assertThat(EpochTimes.fill(1_728_560_799.5, out)).isTrue();
        assertThat(out.wallMillis()).isEqualTo(1_728_560_799_500L);
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T11:46:39.500Z");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1728560799.123", "1728560799.123456", "1728560799.001", "1728560799.999",
        "1728560799.100000", "1728560799.010"})
    void secondsWithMillisecondFractionsKeepTheirMillisecond(String written) {
        assertThat(EpochTimes.fill(Double.parseDouble(written), out)).isTrue();
        long expected = new java.math.BigDecimal(written).movePointRight(3).longValue();
        assertThat(out.wallMillis()).isEqualTo(expected);
    }

    @Test
    void milliseconds() {
        assertThat(EpochTimes.fill(1_728_560_799_123d, out)).isTrue();
        assertThat(out.wallMillis()).isEqualTo(1_728_560_799_123L);
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T11:46:39.123Z");
    }

    @Test
    void microseconds() {
        assertThat(EpochTimes.fill(1_728_560_799_123_456d, out)).isTrue();
        assertThat(out.wallMillis()).isEqualTo(1_728_560_799_123L);
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T11:46:39.123456Z");
    }

    @Test
    void nanoseconds() {
        assertThat(EpochTimes.fill(1_728_560_799_123_456_789d, out)).isTrue();
        assertThat(out.wallMillis()).isEqualTo(1_728_560_799_123L);
        assertThat(out.fractionDigits).isEqualTo(9);
        assertThat(out.toIsoString()).startsWith("2024-10-10T11:46:39.123");
    }

    @Test
    void smallSecondsStayInTheSeventies() {
        assertThat(EpochTimes.fill(86_400, out)).isTrue();
        assertThat(out.toIsoString()).isEqualTo("1970-01-02T00:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0, -1, -1_728_560_799, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20,
        1e300})
    void numbersThatAreNoTimeAreRejected(double value) {
        assertThat(EpochTimes.fill(value, out)).isFalse();
    }

    private String fromText(String written) {
        byte[] b = ("[" + written + "]").getBytes(StandardCharsets.US_ASCII);
        return EpochTimes.fill(b, 1, b.length - 1, out) ? out.toIsoString() : "rejected";
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            1650203458.4853199,       2022-04-17T13:50:58.4853199Z
            1728560799,               2024-10-10T11:46:39Z
            1728560799.5,             2024-10-10T11:46:39.5Z
            1728560799.123456789123,  2024-10-10T11:46:39.123456789Z
            1728560799123,            2024-10-10T11:46:39.123Z
            1728560799123.456,        2024-10-10T11:46:39.123456Z
            1728560799123456,         2024-10-10T11:46:39.123456Z
            1728560799123456.7,       2024-10-10T11:46:39.1234567Z
            1728560799123456789,      2024-10-10T11:46:39.123456789Z
            0,                        rejected
            0.000,                    rejected
            .5,                       rejected
            1728560799.,              2024-10-10T11:46:39Z
            1728560799a,              rejected
            99999999999999999999,     rejected
            -1728560799,              rejected
            """)
    void writtenNumbersKeepEveryDigitTheyWrite(String written, String time) {
        assertThat(fromText(written)).isEqualTo(time);
    }
}
