package dev.loglens.core.time;

import java.time.LocalDate;

/**
 * The parts of one timestamp as written in a log, filled in place by the parsers so that indexing
 * allocates nothing per line. {@link #wallMillis()} is the sortable value the index keeps: the
 * wall-clock time as written, read as if it were UTC, so no time-zone conversion ever happens.
 */
public final class TimeFields {

    /** Marks "this record has no time" in the index's time column. */
    public static final long NO_TIME = Long.MIN_VALUE;

    public int year;
    public int month;
    public int day;
    public int hour;
    public int minute;
    public int second;
    public int nanos;
    /** How many fraction digits were written (0 when none), so the time can be shown as written. */
    public int fractionDigits;
    public boolean hasOffset;
    public int offsetSeconds;
    /** True for epoch numbers: they name an instant, which LogLens shows in UTC. */
    public boolean fromEpoch;

    /**
     * The date that layouts without a year (syslog, glog) or without a date are read in: the file's
     * modification date. A yearless time later in the year than this date belongs to the year before,
     * which handles logs that cross New Year.
     */
    private int referenceYear = 1970;
    private int referenceMonth = 12;
    private int referenceDay = 31;

    /** True when the last parse completed a time written without a year, or without a date. */
    private boolean completed;
    /**
     * The date of the last record whose time had one, carried to the records after it written without a date
     * or a year: such a layout mixed into a dated log (Bitnami's preamble before Spark's lines, vLLM's lines
     * among Hugging Face's) belongs to the days around it, not to the file's modification date. Zero when no
     * dated record has been read.
     */
    private int carriedYear;
    private int carriedMonth;
    private int carriedDay;
    private int carriedSecondOfDay;

    /**
     * The first 16 bytes (date, hour and minute) of the last ISO timestamp parsed into these fields.
     * Consecutive log lines nearly always share them, so the parser can skip to the seconds.
     */
    long isoPrefixLow;
    long isoPrefixHigh;
    boolean isoPrefixValid;

    public void clear() {
        isoPrefixValid = false;
        year = 0;
        month = 0;
        day = 0;
        hour = 0;
        minute = 0;
        second = 0;
        nanos = 0;
        fractionDigits = 0;
        hasOffset = false;
        offsetSeconds = 0;
        fromEpoch = false;
        completed = false;
    }

    /** Takes the time (not the reference date or memos) of another instance. */
    public void copyFrom(TimeFields other) {
        year = other.year;
        month = other.month;
        day = other.day;
        hour = other.hour;
        minute = other.minute;
        second = other.second;
        nanos = other.nanos;
        fractionDigits = other.fractionDigits;
        hasOffset = other.hasOffset;
        offsetSeconds = other.offsetSeconds;
        fromEpoch = other.fromEpoch;
        completed = other.completed;
        isoPrefixValid = false;
    }

    public void setReferenceDate(int year, int month, int day) {
        referenceYear = year;
        referenceMonth = month;
        referenceDay = day;
    }

    /**
     * Completes a time written without a date, or without a year, from the record before (a day later when its
     * clock went back by more than half a day; the year nearest to its date), or else from the reference date.
     */
    void completeFromReference(boolean hasYear, boolean hasDate) {
        completed = !hasYear || !hasDate;
        if (!completed) {
            return;
        }
        if (carriedYear == 0) {
            completeFromReferenceDate(hasDate);
        } else if (!hasDate) {
            year = carriedYear;
            month = carriedMonth;
            day = carriedDay;
            if (secondOfDay() < carriedSecondOfDay - 43_200) {
                CivilDays.toCivil(CivilDays.fromCivil(year, month, day) + 1, this);
            }
        } else {
            year = month < carriedMonth - 6 ? carriedYear + 1 : month > carriedMonth + 6 ? carriedYear - 1 : carriedYear;
        }
    }

    private void completeFromReferenceDate(boolean hasDate) {
        if (!hasDate) {
            year = referenceYear;
            month = referenceMonth;
            day = referenceDay;
        } else {
            boolean laterThanReference = month > referenceMonth || (month == referenceMonth && day > referenceDay);
            year = laterThanReference ? referenceYear - 1 : referenceYear;
        }
    }

    public boolean isValid() {
        return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month) && hour >= 0 && hour <= 23
                && minute >= 0 && minute <= 59 && second >= 0 && second <= 60 && year > 0;
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /**
     * Reads date-less times in {@code date} until a record gives another, or, when {@code date} is null, in the
     * reference date until then.
     */
    public void startCarrying(LocalDate date) {
        carriedYear = date == null ? 0 : date.getYear();
        carriedMonth = date == null ? 0 : date.getMonthValue();
        carriedDay = date == null ? 0 : date.getDayOfMonth();
        carriedSecondOfDay = 0;
    }

    /**
     * Reads date-less times in the date of an indexed record's time ({@link #NO_TIME}: in the reference date), so
     * that a record parsed again shows the date it was indexed with.
     */
    public void startCarryingDateOf(long recordWallMillis) {
        startCarrying(recordWallMillis == NO_TIME ? null : dateOf(recordWallMillis));
    }

    /** The date of a wall-clock value. */
    public static LocalDate dateOf(long wallMillis) {
        return LocalDate.ofEpochDay(Math.floorDiv(wallMillis, 86_400_000L));
    }

    /** Whether the last parse read a time with its whole date, year included. */
    public boolean hasWrittenDate() {
        return !completed;
    }

    /**
     * The wall-clock value of a record's time ({@link #wallMillis()}), which also carries its date to the
     * records after it written without one. Only records, read in file order, may call this.
     */
    public long recordWallMillis() {
        if (!completed || carriedYear != 0) { // a run of completed times keeps its day, rolled over or not
            carriedYear = year;
            carriedMonth = month;
            carriedDay = day;
        }
        carriedSecondOfDay = secondOfDay();
        return wallMillis();
    }

    private int secondOfDay() {
        return hour * 3600 + minute * 60 + second;
    }

    public long wallMillis() {
        int dayKey = (year << 9) | (month << 5) | day;
        if (dayKey != memoDayKey) {
            memoDayMillis = CivilDays.fromCivil(year, month, day) * 86_400_000L;
            memoDayKey = dayKey;
        }
        return memoDayMillis + (hour * 3600L + minute * 60L + second) * 1000L + nanos / 1_000_000;
    }

    /** The last day converted by {@link #wallMillis()}: consecutive records share it. */
    private int memoDayKey = -1;
    private long memoDayMillis;

    /** Fills the fields from epoch milliseconds (and extra nanos), as UTC. */
    public void setEpoch(long epochMillis, int extraNanos, int digits) {
        clear();
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        long msOfDay = Math.floorMod(epochMillis, 86_400_000L);
        CivilDays.toCivil(days, this);
        hour = (int) (msOfDay / 3_600_000L);
        minute = (int) (msOfDay / 60_000L % 60);
        second = (int) (msOfDay / 1000L % 60);
        nanos = (int) (msOfDay % 1000L) * 1_000_000 + extraNanos;
        fractionDigits = digits;
        fromEpoch = true;
        hasOffset = true;
    }

    /** ISO 8601 as written: the written fraction digits, and the offset when the log wrote one. */
    public String toIsoString() {
        StringBuilder out = new StringBuilder(32);
        pad(out, year, 4).append('-');
        pad(out, month, 2).append('-');
        pad(out, day, 2).append('T');
        pad(out, hour, 2).append(':');
        pad(out, minute, 2).append(':');
        pad(out, second, 2);
        if (fractionDigits > 0) {
            int digits = Math.min(9, fractionDigits);
            out.append('.');
            pad(out, nanos, 9).setLength(out.length() - (9 - digits));
        }
        if (hasOffset) {
            if (offsetSeconds == 0) {
                out.append('Z');
            } else {
                int abs = Math.abs(offsetSeconds);
                out.append(offsetSeconds < 0 ? '-' : '+');
                pad(out, abs / 3600, 2).append(':');
                pad(out, abs / 60 % 60, 2);
            }
        }
        return out.toString();
    }

    /** ISO 8601 text of an index wall-clock value (no offset: the index keeps none). */
    public static String isoOfWallMillis(long wallMillis) {
        TimeFields fields = new TimeFields();
        fields.setEpoch(wallMillis, 0, wallMillis % 1000 == 0 ? 0 : 3);
        fields.hasOffset = false;
        fields.fromEpoch = false;
        return fields.toIsoString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
