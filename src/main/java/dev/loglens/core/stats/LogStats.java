package dev.loglens.core.stats;

import java.util.Map;

/**
 * What {@code loglens stats} reports of one file. Times are ISO 8601 as written in the file (the
 * offset kept when the file writes one), or null when no record has a time.
 */
public record LogStats(String path, String format, long bytes, long lines, long records, long multilineRecords,
                       Map<String, Long> levels, String firstTime, String lastTime) {
}
