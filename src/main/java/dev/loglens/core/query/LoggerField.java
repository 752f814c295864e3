package dev.loglens.core.query;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.format.FieldNames;
import dev.loglens.core.format.LineParser;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.index.RecordIndex;
import java.time.LocalDate;

/**
 * Reads a record's logger name from its first line with the index's own format, for one thread. The index
 * keeps no loggers (they would cost more than the rest of a record's entry), so they are parsed again.
 */
final class LoggerField {

    /** How much of a first line is parsed: the logger sits near the start of every format that has one. */
    private static final int HEAD_BYTES = 64 * 1024;

    private final int field;
    private final LineParser parser;
    private final ParsedLine parsed = new ParsedLine();
    private int start;
    private int end;

    LoggerField(RecordIndex index) {
        field = index.format().fieldNames().indexOf(FieldNames.LOGGER);
        parser = index.format().newParser(index.levels());
        LocalDate date = index.referenceDate();
        parsed.time.setReferenceDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Whether the format has a logger field at all. */
    boolean exists() {
        return field >= 0;
    }

    /**
     * Finds the logger of the record whose bytes are {@code b[from, to)}; then {@link #start()} and
     * {@link #end()} bound its name in {@code b}. False when the record's first line names none.
     */
    boolean find(byte[] b, int from, int to) {
        if (field < 0) {
            return false;
        }
        int newline = Bytes.indexOf(b, (byte) '\n', from, Math.min(to, from + HEAD_BYTES));
        int lineEnd = Bytes.withoutCr(b, from, newline < 0 ? Math.min(to, from + HEAD_BYTES) : newline);
        parsed.reset();
        if (!parser.parse(b, from, lineEnd, parsed) || parsed.fieldStart[field] < 0) {
            return false;
        }
        start = parsed.fieldStart[field];
        end = parsed.fieldEnd[field];
        if (end - start >= 2 && b[start] == '"' && b[end - 1] == '"') {
            start++; // JSON Lines formats give a string value's span with its quotes
            end--;
        }
        return end > start;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }
}
