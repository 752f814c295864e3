package dev.loglens.core.stats;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code loglens stats} reports of one file. Times are ISO 8601 as written in the file (the
 * offset kept when the file writes one), or null when no record has a time.
 */
public record LogStats(String path, String format, long bytes, long lines, long records, long multilineRecords,
                       Map<String, Long> levels, String firstTime, String lastTime) {

    /**
     * The stats of a rotated set read as one log, from its files' stats oldest first: counts add up, the
     * first time is the oldest file's, the last the newest's, and the format lists each distinct one.
     */
    public static LogStats combine(String path, List<LogStats> oldestFirst) {
        Map<String, Long> levels = new LinkedHashMap<>();
        Set<String> formats = new LinkedHashSet<>();
        long bytes = 0;
        long lines = 0;
        long records = 0;
        long multiline = 0;
        String first = null;
        String last = null;
        for (LogStats part : oldestFirst) {
            formats.add(part.format());
            bytes += part.bytes();
            lines += part.lines();
            records += part.records();
            multiline += part.multilineRecords();
            part.levels().forEach((level, count) -> levels.merge(level, count, Long::sum));
            if (first == null) {
                first = part.firstTime();
            }
            if (part.lastTime() != null) {
                last = part.lastTime();
            }
        }
        return new LogStats(path, String.join(",", formats), bytes, lines, records, multiline, levels, first, last);
    }
}
