package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;

/**
 * Reads what a record's head says, for showing or exporting the record: its first line, and its second when
 * the format writes the level there (java.util.logging's {@code SEVERE: message}). One instance per thread.
 */
public final class RecordHead {

    /** Judges the head's lines as the indexer does, so that a record's level here is the index's. */
    private final RecordStarts starts;
    private final ParsedLine second = new ParsedLine();

    public RecordHead(LogFormat format, LevelTable levels) {
        this.starts = new RecordStarts(format, levels);
    }

    /**
     * Parses the head of the record {@code b[from, to)} (its lines, '\n'-separated) into {@code out}; false
     * when the format does not read its first line (lines before the first record), and {@code out} is then
     * to be ignored.
     */
    public boolean parse(byte[] b, int from, int to, ParsedLine out) {
        out.reset();
        starts.follow(null, -1, -1, second);
        int firstEnd = Bytes.indexOf(b, (byte) '\n', from, to);
        if (starts.read(b, from, Bytes.withoutCr(b, from, firstEnd < 0 ? to : firstEnd), out) != RecordStarts.RECORD) {
            return false;
        }
        if (starts.levelLineDue() && firstEnd >= 0) {
            int secondStart = firstEnd + 1;
            int secondEnd = Bytes.indexOf(b, (byte) '\n', secondStart, to);
            second.wantFields = out.wantFields;
            if (starts.read(b, secondStart, Bytes.withoutCr(b, secondStart, secondEnd < 0 ? to : secondEnd), second)
                    == RecordStarts.LEVEL_LINE) {
                out.takeLevelLine(second, 0);
            }
        }
        return true;
    }

    /**
     * Where the head of a record parsed by {@link #parse} ends in {@code b[from, to)}: at the newline that ends
     * its first line, or its second when that gave the level; {@code to} when the record has no more lines.
     */
    public static int end(byte[] b, int from, int to, ParsedLine head) {
        int end = Bytes.indexOf(b, (byte) '\n', from, to);
        if (end >= 0 && head.levelLineRead) {
            end = Bytes.indexOf(b, (byte) '\n', end + 1, to);
        }
        return end < 0 ? to : end;
    }
}
