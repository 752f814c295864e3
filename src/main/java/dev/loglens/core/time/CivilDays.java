package dev.loglens.core.time;

/** Proleptic Gregorian day arithmetic without java.time objects (the indexer's hot path allocates nothing). */
final class CivilDays {

    private CivilDays() {
    }

    /** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
    static long fromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    static void toCivil(long epochDay, TimeFields out) {
        long z = epochDay + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        out.day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        out.month = (int) (mp < 10 ? mp + 3 : mp - 9);
        out.year = (int) (yearOfEra + era * 400 + (out.month <= 2 ? 1 : 0));
    }
}
