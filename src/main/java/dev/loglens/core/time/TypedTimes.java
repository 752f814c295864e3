package dev.loglens.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Times a user types (in a "go to time" box, a time filter, {@code --since}): {@code 2024-10-10 11:46},
 * {@code 2024-10-10T11:46:39.123}, {@code 2024-10-10 11:46:39,123}, a date alone, or a time of day alone on
 * a given day. The result counts wall-clock milliseconds of the time as written, as the index does
 * ({@link TimeFields#wallMillis()}): no time zone is applied.
 */
public final class TypedTimes {

    private TypedTimes() {
    }

    /** Wall-clock milliseconds (as the index counts them) as the date and time they were written. */
    public static LocalDateTime dateTime(long wallMillis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(wallMillis, 1000L),
                (int) Math.floorMod(wallMillis, 1000L) * 1_000_000, ZoneOffset.UTC);
    }

    public static OptionalLong wallMillis(String text, LocalDate day) {
        String t = text.strip().replace(' ', 'T').replace(',', '.');
        try {
            LocalDateTime time;
            if (t.contains("T")) {
                time = LocalDateTime.parse(t.length() == 16 ? t + ":00" : t);
            } else if (t.contains(":")) {
                if (day == null) {
                    return OptionalLong.empty();
                }
                time = LocalDateTime.of(day, LocalTime.parse(t));
            } else {
                time = LocalDate.parse(t).atStartOfDay();
            }
            return OptionalLong.of(time.toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A date and time (never a time of day alone) in ISO 8601, or as the file writes its own times
     * ({@code 10/Oct/2024:11:46:39 +0000} in an access log, {@code Oct 10 11:46:39} in syslog): the whole text
     * read by one of the file's layouts, a year-less one in the year of {@code day}. No time-zone conversion,
     * as in the index.
     */
    public static OptionalLong wallMillis(String text, LocalDate day, List<TimestampParser> fileLayouts) {
        OptionalLong iso = wallMillis(text, null);
        if (iso.isPresent()) {
            return iso;
        }
        byte[] bytes = text.strip().getBytes(StandardCharsets.UTF_8);
        TimeFields time = new TimeFields();
        for (TimestampParser layout : fileLayouts) {
            time.clear();
            if (day != null) {
                time.setReferenceDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            }
            if (bytes.length > 0 && layout.parse(bytes, 0, bytes.length, time) == bytes.length && time.isValid()) {
                return OptionalLong.of(time.wallMillis());
            }
        }
        return OptionalLong.empty();
    }
}
