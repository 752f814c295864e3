package dev.loglens.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CivilDaysTest {

    @Test
    void daysFromCivilMatchJavaTimeFromYearOneToTenThousand() {
        LocalDate end = LocalDate.of(9999, 12, 31);
        for (LocalDate d = LocalDate.of(1, 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
            long days = CivilDays.fromCivil(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            if (days != d.toEpochDay()) {
                assertThat(days).as(d.toString()).isEqualTo(d.toEpochDay());
            }
        }
    }

    @Test
    void civilFromDaysMatchesJavaTime() {
        TimeFields out = new TimeFields();
        for (long day = LocalDate.of(1, 1, 1).toEpochDay(); day <= LocalDate.of(9999, 12, 31).toEpochDay(); day += 7) {
            CivilDays.toCivil(day, out);
            LocalDate d = LocalDate.ofEpochDay(day);
            if (out.year != d.getYear() || out.month != d.getMonthValue() || out.day != d.getDayOfMonth()) {
                assertThat(new int[] {out.year, out.month, out.day}).as("day %d", day)
                        .containsExactly(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
        }
    }

    @Test
    void landmarks() {
        assertThat(CivilDays.fromCivil(1970, 1, 1)).isZero();
        assertThat(CivilDays.fromCivil(2000, 3, 1)).isEqualTo(11_017);
        assertThat(CivilDays.fromCivil(1969, 12, 31)).isEqualTo(-1);
    }
}
