package dev.loglens.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeFieldsTest {

    @Test
    void isoStringShowsTheWrittenFractionDigitsOnly() {
        TimeFields t = fields(2024, 10, 10, 11, 46, 39, 123_456_789);
        t.fractionDigits = 0;
        assertThat(t.toIsoString()).isEqualTo("2024-10-10T11:46:39");
        t.fractionDigits = 1;
        assertThat(t.toIsoString()).isEqualTo("2024-10-10T11:46:39.1");
        t.fractionDigits = 3;
        assertThat(t.toIsoString()).isEqualTo("2024-10-10T11:46:39.123");
        t.fractionDigits = 9;
        assertThat(t.toIsoString()).isEqualTo("2024-10-10T11:46:39.123456789");
    }

    @Test
    void isoStringKeepsLeadingZerosOfTheFraction() {
        TimeFields t = fields(2024, 1, 2, 3, 4, 5, 7_000_000);
        t.fractionDigits = 3;
        assertThat(t.toIsoString()).isEqualTo("2024-01-02T03:04:05.007");
    }

    @Test
    void isoStringShowsTheOffsetAsWritten() {
        TimeFields t = fields(2024, 10, 10, 11, 46, 39, 0);
        t.hasOffset = true;
        t.offsetSeconds = 0;
        assertThat(t.toIsoString()).isEqualTo("2024-10-10T11:46:39Z");
        t.offsetSeconds = 5 * 3600 + 45 * 60;
        assertThat(t.toIsoString()).isEqualTo("2024-10-10T11:46:39+05:45");
        t.offsetSeconds = -(9 * 3600 + 30 * 60);
        assertThat(t.toIsoString()).isEqualTo("2024-10-10T11:46:39-09:30");
    }

    @Test
    void isoStringPadsSmallYears() {
        assertThat(fields(99, 1, 1, 0, 0, 0, 0).toIsoString()).isEqualTo("0099-01-01T00:00:00");
    }

    @Test
    void wallMillisMatchesJavaTimeForRandomTimes() {
        Random random = new Random(8);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime time = LocalDateTime.of(1 + random.nextInt(9998), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextInt(1_000_000_000));
            TimeFields t = fields(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                    time.getMinute(), time.getSecond(), time.getNano());
            assertThat(t.wallMillis()).as(time.toString())
                    .isEqualTo(time.toEpochSecond(ZoneOffset.UTC) * 1000L + time.getNano() / 1_000_000);
        }
    }

    @Test
    void wallMillisIsRightWhenOneFieldsObjectIsReused() {
        Random random = new Random(10);
        TimeFields t = new TimeFields();
        LocalDateTime time = LocalDateTime.of(2024, 2, 28, 23, 59, 0);
        for (int i = 0; i < 20_000; i++) {
            time = random.nextInt(50) == 0
                    ? LocalDateTime.of(1 + random.nextInt(9998), 1 + random.nextInt(12), 1 + random.nextInt(28), 0, 0)
                    : time.plusSeconds(random.nextInt(4000));
            t.year = time.getYear();
            t.month = time.getMonthValue();
            t.day = time.getDayOfMonth();
            t.hour = time.getHour();
            t.minute = time.getMinute();
            t.second = time.getSecond();
            t.nanos = random.nextInt(1_000_000_000);
            assertThat(t.wallMillis()).as(time.toString())
                    .isEqualTo(time.toEpochSecond(ZoneOffset.UTC) * 1000L + t.nanos / 1_000_000);
        }
    }

    @Test
    void setEpochIsUtcAndRoundTripsThroughWallMillis() {
        Random random = new Random(9);
        TimeFields t = new TimeFields();
        for (int i = 0; i < 10_000; i++) {
            long millis = random.nextLong() % 90_000_000_000_000L; // about ±2850 years around 1970
            t.setEpoch(millis, 0, 3);
            LocalDateTime expected = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
                    (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.UTC);
            assertThat(new int[] {t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanos}).as("%d", millis)
                    .containsExactly(expected.getYear(), expected.getMonthValue(), expected.getDayOfMonth(),
                            expected.getHour(), expected.getMinute(), expected.getSecond(), expected.getNano());
            if (t.year > 0) {
                assertThat(t.wallMillis()).isEqualTo(millis);
            }
        }
    }

    @Test
    void epochBeforeNineteenSeventy() {
        TimeFields t = new TimeFields();
        t.setEpoch(-1, 0, 3);
        assertThat(t.toIsoString()).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(t.fromEpoch).isTrue();
    }

    @Test
    void isoOfWallMillisHasNoOffsetAndShowsMillisOnlyWhenThereAreAny() {
        long millis = 1_728_560_799_123L;
        assertThat(TimeFields.isoOfWallMillis(millis)).isEqualTo("2024-10-10T11:46:39.123");
        assertThat(TimeFields.isoOfWallMillis(1_728_560_799_000L)).isEqualTo("2024-10-10T11:46:39");
        assertThat(TimeFields.isoOfWallMillis(-1)).isEqualTo("1969-12-31T23:59:59.999");
    }

    @Test
    void validityBounds() {
        assertThat(fields(2024, 12, 31, 23, 59, 59, 0).isValid()).isTrue();
        assertThat(fields(2024, 12, 31, 23, 59, 60, 0).isValid()).as("leap second").isTrue();
        assertThat(fields(2024, 12, 31, 23, 59, 61, 0).isValid()).isFalse();
        assertThat(fields(2024, 0, 1, 0, 0, 0, 0).isValid()).isFalse();
        assertThat(fields(2024, 1, 32, 0, 0, 0, 0).isValid()).isFalse();
        assertThat(fields(2024, 1, 1, 24, 0, 0, 0).isValid()).isFalse();
        assertThat(fields(0, 1, 1, 0, 0, 0, 0).isValid()).isFalse();
    }

    @Test
    void clearForgetsEverything() {
        TimeFields t = fields(2024, 10, 10, 11, 46, 39, 5);
        t.hasOffset = true;
        t.offsetSeconds = 60;
        t.fractionDigits = 3;
        t.fromEpoch = true;
        t.clear();
        assertThat(t.isValid()).isFalse();
        assertThat(t.hasOffset || t.fromEpoch).isFalse();
        assertThat(t.nanos + t.fractionDigits + t.offsetSeconds + t.year).isZero();
    }

    static TimeFields fields(int year, int month, int day, int hour, int minute, int second, int nanos) {
        TimeFields t = new TimeFields();
        t.year = year;
        t.month = month;
        t.day = day;
        t.hour = hour;
        t.minute = minute;
        t.second = second;
        t.nanos = nanos;
        return t;
    }
}
