package dev.loglens.core.index;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.format.RecordStarts;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.LevelTable;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The date of a file's first record that writes one, year included, looked for in its head: the date that
 * times written without a date or a year before it belong to, when such a layout is mixed into a dated log
 * (a container's preamble, then the app's own lines).
 */
final class FirstWrittenDate {

    private static final int HEAD_SIZE = 64 << 10;

    private FirstWrittenDate() {
    }

    /** The first written date in the file's head, or null when no record there has one. */
    static LocalDate of(LogFile file, LogFormat format, LevelTable levels, LocalDate referenceDate)
            throws IOException {
        byte[] head = new byte[(int) Math.min(file.size(), HEAD_SIZE)];
        int length = file.read(0, head, 0, head.length);
        RecordStarts starts = new RecordStarts(format, levels);
        ParsedLine parsed = new ParsedLine();
        parsed.wantFields = false;
        parsed.time.setReferenceDate(referenceDate.getYear(), referenceDate.getMonthValue(),
                referenceDate.getDayOfMonth());
        int lineStart = 0;
        for (int i = 0; i < length; i++) {
            if (head[i] != '\n') {
                continue;
            }
            int end = Bytes.withoutCr(head, lineStart, i);
            int start = Bytes.afterNuls(head, lineStart, end);
            if (starts.read(head, start, end, parsed) == RecordStarts.RECORD && parsed.hasTime
                    && parsed.time.hasWrittenDate()) {
                return LocalDate.of(parsed.time.year, parsed.time.month, parsed.time.day);
            }
            lineStart = i + 1;
        }
        return null;
    }
}
