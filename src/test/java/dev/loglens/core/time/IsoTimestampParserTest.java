package dev.loglens.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampParserTest {

    private final TimeFields out = new TimeFields();

    @Test
    void asctimeWithCommaMillis() {
        String text = "2024-10-10 11:46:39,123";
        assertThat(parse(text)).isEqualTo(text.length());
        assertFields(2024, 10, 10, 11, 46, 39, 123_000_000);
        assertThat(out.fractionDigits).isEqualTo(3);
        assertThat(out.hasOffset).isFalse();
        assertThat(out.wallMillis()).isEqualTo(millis(LocalDateTime.of(2024, 10, 10, 11, 46, 39, 123_000_000)));
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T11:46:39.123");
    }

    @Test
    void isoWithTAndZ() {
        String text = "2024-10-10T11:46:39.123456Z";
        assertThat(parse(text)).isEqualTo(text.length());
        assertFields(2024, 10, 10, 11, 46, 39, 123_456_000);
        assertThat(out.hasOffset).isTrue();
        assertThat(out.offsetSeconds).isZero();
        assertThat(out.toIsoString()).isEqualTo(text);
    }

    @Test
    void wallMillisIsTheTimeAsWrittenWhateverTheOffset() {
        parse("2024-10-10T11:46:39.5+02:00");
        long withOffset = out.wallMillis();
        parse("2024-10-10T11:46:39.5Z");
        assertThat(withOffset).isEqualTo(out.wallMillis())
                .isEqualTo(millis(LocalDateTime.of(2024, 10, 10, 11, 46, 39, 500_000_000)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-10-10T11:46:39+02:00|7200|2024-10-10T11:46:39+02:00",
        "2024-10-10T11:46:39+0200|7200|2024-10-10T11:46:39+02:00",
        "2024-10-10T11:46:39-05:30|-19800|2024-10-10T11:46:39-05:30",
        "2024-10-10T11:46:39.062+0000|0|2024-10-10T11:46:39.062Z",
        "2025-11-04T03:53:32+0530|19800|2025-11-04T03:53:32+05:30",
        "2024-10-10T11:46:39+02|7200|2024-10-10T11:46:39+02:00",
        "2024-10-10t11:46:39z|0|2024-10-10T11:46:39Z"})
    void offsetsAreReadAndShownAsWritten(String text, int offsetSeconds, String iso) {
        assertThat(parse(text)).isEqualTo(text.length());
        assertThat(out.hasOffset).isTrue();
        assertThat(out.offsetSeconds).isEqualTo(offsetSeconds);
        assertThat(out.toIsoString()).isEqualTo(iso);
    }

    @Test
    void compactOffsetAfterASpaceAsStrftimeWritesIt() {
        String text = "2021-09-15 15:42:07 +0900";
        assertThat(parse(text)).isEqualTo(text.length());
        assertThat(out.offsetSeconds).isEqualTo(9 * 3600);
        assertThat(out.toIsoString()).isEqualTo("2021-09-15T15:42:07+09:00");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2023-05-01 00:16:44.464 UTC", "2023-05-01 00:16:44.464 GMT"})
    void aZoneNameOfUtcThatEndsTheTimeIsItsOffset(String text) {
        assertThat(parse(text)).isEqualTo(text.length());
        assertThat(out.hasOffset).isTrue();
        assertThat(out.toIsoString()).isEqualTo("2023-05-01T00:16:44.464Z");
    }

    @Test
    void aUtcThatEndsTheTimeIsReadAlsoInTheMinuteOfTheTimeBefore() {
        // Format detection reads one line with several formats into the same fields: one that stops its time
        // before " UTC", then PostgreSQL's, which includes it.
        String withoutZone = "2024-11-10 01:46:43.748";
        assertThat(parse(withoutZone)).isEqualTo(withoutZone.length());
        String withZone = "2024-11-10 01:46:43.769 UTC";
        assertThat(parse(withZone)).isEqualTo(withZone.length());
        assertThat(out.toIsoString()).isEqualTo("2024-11-10T01:46:43.769Z");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2021-09-15 15:42:07 +09:00 rest", "2021-09-15 15:42:07 +09 rest",
        "2021-09-15 15:42:07 -12 items", "2021-09-15 15:42:07 - app - INFO - x", "2021-09-15 15:42:07 +090012",
        "2021-09-15 15:42:07 UTC rest", "2021-09-15 15:42:07 UTCX"})
    void textAfterASpaceThatIsNotACompactOffsetIsLeftForTheMessage(String text) {
        assertThat(parse(text)).isEqualTo("2021-09-15 15:42:07".length());
        assertThat(out.hasOffset).isFalse();
    }

    @ParameterizedTest(name = "{0} fraction digits")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void fractionsOfOneToNineDigits(int digits) {
        String fraction = "123456789".substring(0, digits);
        String text = "2024-10-10T11:46:39." + fraction;
        assertThat(parse(text)).isEqualTo(text.length());
        assertThat(out.fractionDigits).isEqualTo(digits);
        assertThat(out.nanos).isEqualTo(Integer.parseInt((fraction + "000000000").substring(0, 9)));
        assertThat(out.toIsoString()).isEqualTo(text);
        assertThat(out.wallMillis() % 1000).isEqualTo(Integer.parseInt((fraction + "00").substring(0, 3)));
    }

    @Test
    void fractionLongerThanNineDigitsIsConsumedAndCutToNanoseconds() {
        String text = "2024-10-10T11:46:39.1234567891234Z";
        assertThat(parse(text)).isEqualTo(text.length());
        assertThat(out.nanos).isEqualTo(123_456_789);
        assertThat(out.fractionDigits).isEqualTo(9);
        assertThat(out.hasOffset).isTrue();
    }

    @Test
    void timeWithoutSecondsIsValid() {
        assertThat(parse("2024-10-10 11:46")).isEqualTo(16);
        assertFields(2024, 10, 10, 11, 46, 0, 0);
    }

    @Test
    void parsingStopsAtTheEndItIsGiven() {
        byte[] b = "xx2024-10-10 11:46:39,123456 yy".getBytes(StandardCharsets.US_ASCII);
        int end = 2 + "2024-10-10 11:46:39,12".length();
        assertThat(IsoTimestampParser.INSTANCE.parse(b, 2, end, out)).isEqualTo(end);
        assertThat(out.nanos).isEqualTo(120_000_000);
        assertThat(out.fractionDigits).isEqualTo(2);
    }

    @Test
    void leapDayIsValidInALeapYear() {
        assertThat(parse("2024-02-29 12:00:00")).isPositive();
        assertThat(out.wallMillis()).isEqualTo(millis(LocalDateTime.of(2024, 2, 29, 12, 0)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-13-10 11:46:39", "2024-00-10 11:46:39", "2024-10-00 11:46:39",
        "2024-10-32 11:46:39", "2024-10-10 24:00:00", "2024-10-10 11:60:00", "2024-10-10 11:46:61",
        "0000-10-10 11:46:39", "2024/10/10 11:46:39", "2024-10-10_11:46:39", "2024-1O-10 11:46:39",
        "2024-10-10 11:46:3x", "2024-10-10 11:4", "hello world, not a time", ""})
    void malformedOrOutOfRangeTimesAreRejected(String text) {
        assertThat(parse(text)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-02-30 11:46:39", "2023-02-29 11:46:39", "2024-04-31 11:46:39",
        "2100-02-29 00:00:00"})
    void daysThatDoNotExistInTheirMonthAreRejected(String text) {
        assertThat(parse(text)).isEqualTo(-1);
    }

    @Test
    void consecutiveTimesParsedIntoTheSameFieldsGiveWhatAFreshParseGives() {
        String[] lines = {
            "2024-10-10 11:46:39,123 - a", "2024-10-10 11:46:40,5 - b", "2024-10-10 11:46:41 +0200",
            "2024-10-10 11:46:42", "2024-10-10 11:46:4x", "2024-10-10 11:46:43.123456789Z",
            "2024-10-10 11:46:61", "2024-10-10 11:46:44,001", "2024-10-10 11:47:00,000", "2024-10-10 11:46:45,999",
            "2024-10-11 11:46:45,999", "2024-13-11 11:46:45,999", "2024-10-11 11:46:46", "2024-10-11 11:46",
            "2024-10-11T11:46:46+02:00", "2024-10-11 11:46:46 -0530"};
        TimeFields shared = new TimeFields();
        for (int round = 0; round < 3; round++) {
            for (String line : lines) {
                byte[] b = ("  " + line).getBytes(StandardCharsets.US_ASCII);
                TimeFields fresh = new TimeFields();
                int expected = IsoTimestampParser.INSTANCE.parse(b, 2, b.length, fresh);
                int actual = IsoTimestampParser.INSTANCE.parse(b, 2, b.length, shared);
                assertThat(actual).as(line).isEqualTo(expected);
                if (expected >= 0) {
                    assertThat(shared.toIsoString()).as(line).isEqualTo(fresh.toIsoString());
                    assertThat(shared.wallMillis()).as(line).isEqualTo(fresh.wallMillis());
                }
            }
        }
    }

    @Test
    void sameMinuteAfterAnEpochOrStrftimeTimeIsParsedFresh() {
        TimeFields shared = new TimeFields();
        byte[] iso = "2024-10-10 11:46:39,123".getBytes(StandardCharsets.US_ASCII);
        assertThat(IsoTimestampParser.INSTANCE.parse(iso, 0, iso.length, shared)).isPositive();
        EpochTimes.fill(86_400.5, shared);
        assertThat(IsoTimestampParser.INSTANCE.parse(iso, 0, iso.length, shared)).isEqualTo(iso.length);
        assertThat(shared.toIsoString()).isEqualTo("2024-10-10T11:46:39.123");
        assertThat(shared.fromEpoch).isFalse();
        byte[] other = "01/Jan/2020:00:00:00".getBytes(StandardCharsets.US_ASCII);
        assertThat(StrftimeParser.compile("%d/%b/%Y:%H:%M:%S").parse(other, 0, other.length, shared)).isPositive();
        assertThat(IsoTimestampParser.INSTANCE.parse(iso, 0, iso.length, shared)).isEqualTo(iso.length);
        assertThat(shared.toIsoString()).isEqualTo("2024-10-10T11:46:39.123");
    }

    private int parse(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return IsoTimestampParser.INSTANCE.parse(b, 0, b.length, out);
    }

    private void assertFields(int year, int month, int day, int hour, int minute, int second, int nanos) {
        assertThat(new int[] {out.year, out.month, out.day, out.hour, out.minute, out.second, out.nanos})
                .containsExactly(year, month, day, hour, minute, second, nanos);
    }

    static long millis(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
