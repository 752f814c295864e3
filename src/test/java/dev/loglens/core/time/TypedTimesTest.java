package dev.loglens.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedTimesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 10);

    private static long wall(int hour, int minute, int second, int millis) {
        TimeFields time = new TimeFields();
        time.year = 2024;
        time.month = 10;
        time.day = 10;
        time.hour = hour;
        time.minute = minute;
        time.second = second;
        time.nanos = millis * 1_000_000;
        return time.wallMillis();
    }

    @Test
    void readsTheWaysPeopleTypeATimeAsTheIndexCountsIt() {
        assertThat(TypedTimes.wallMillis("2024-10-10 11:46", DAY)).hasValue(wall(11, 46, 0, 0));
        assertThat(TypedTimes.wallMillis("2024-10-10T11:46:39.123", DAY)).hasValue(wall(11, 46, 39, 123));
        assertThat(TypedTimes.wallMillis("2024-10-10 11:46:39,123", DAY)).hasValue(wall(11, 46, 39, 123));
        assertThat(TypedTimes.wallMillis(" 11:46:39 ", DAY)).hasValue(wall(11, 46, 39, 0));
        assertThat(TypedTimes.wallMillis("2024-10-10", DAY)).hasValue(wall(0, 0, 0, 0));
    }

    @Test
    void refusesWhatIsNotATime() {
        assertThat(TypedTimes.wallMillis("yesterday", DAY)).isEmpty();
        assertThat(TypedTimes.wallMillis("2024-13-01 10:00", DAY)).isEmpty();
        assertThat(TypedTimes.wallMillis("11:46", null)).isEmpty(); // a time of day needs a day
    }
}
