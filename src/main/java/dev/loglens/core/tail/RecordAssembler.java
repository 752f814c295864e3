package dev.loglens.core.tail;

import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.format.RecordStarts;
import dev.loglens.core.level.LevelTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Groups followed lines into records, as the indexer does for a whole file: a line the format reads starts
 * a record, any other line continues the one before (a traceback), or is a record of its own in formats
 * whose every line is an event. A record is complete when the next one starts, or when the writer has been
 * quiet for a moment ({@link #flush()}): Python writes a record and its traceback in one go.
 */
public final class RecordAssembler {

    /** Receives complete records. */
    public interface Sink {
        /**
         * A record: its text {@code b[0, length)} (lines joined by '\n', no final newline), what its first line
         * gave, the file it came from and the number of its first line there (-1 when unknown).
         */
        void record(byte[] b, int length, ParsedLine first, Path file, long lineNumber);
    }

    private final RecordStarts starts;
    private final boolean oneLineRecords;
    private final Sink sink;
    private final ParsedLine scratch = new ParsedLine();
    private final ParsedLine first = new ParsedLine();
    private byte[] text = new byte[8192];
    private int length;
    private boolean open;
    private Path file;
    private long lineNumber;

    public RecordAssembler(LogFormat format, LevelTable levels, LocalDate referenceDate, Sink sink) {
        this.starts = new RecordStarts(format, levels);
        this.oneLineRecords = format.oneLineRecords();
        this.sink = sink;
        for (ParsedLine parsed : new ParsedLine[] {scratch, first}) {
            parsed.time.setReferenceDate(referenceDate.getYear(), referenceDate.getMonthValue(),
                    referenceDate.getDayOfMonth());
        }
    }

    /** One followed line. */
    public void line(byte[] b, int from, int to, Path source, long number) {
        scratch.reset();
        int kind = starts.read(b, from, to, scratch);
        boolean isRecord = kind == RecordStarts.RECORD;
        if (isRecord || oneLineRecords || !open) {
            flush();
            copy(isRecord ? scratch : null, from);
            open = true;
            file = source;
            lineNumber = number;
            append(b, from, to, false);
        } else {
            if (kind == RecordStarts.LEVEL_LINE) {
                first.takeLevelLine(scratch, length + 1 - from); // the line goes after the record's newline
            }
            append(b, from, to, true);
        }
    }

    /** Hands on the record being assembled, if any. */
    public void flush() {
        if (open) {
            sink.record(text, length, first, file, lineNumber);
            open = false;
            length = 0;
        }
    }

    /** Whether a record is waiting for its end. */
    public boolean hasPending() {
        return open;
    }

    /** Keeps what the first line gave, its field spans moved to where the line starts in the record's text. */
    private void copy(ParsedLine parsed, int lineStart) {
        first.reset();
        if (parsed == null) {
            return; // a line before any record: no level, no time
        }
        first.levelId = parsed.levelId;
        first.hasLevel = parsed.hasLevel;
        first.levelWellKnown = parsed.levelWellKnown;
        first.hasTime = parsed.hasTime;
        first.time.copyFrom(parsed.time);
        for (int f = 0; f < first.fieldStart.length; f++) {
            first.fieldStart[f] = parsed.fieldStart[f] < 0 ? -1 : parsed.fieldStart[f] - lineStart;
            first.fieldEnd[f] = parsed.fieldEnd[f] < 0 ? -1 : parsed.fieldEnd[f] - lineStart;
        }
    }

    private void append(byte[] b, int from, int to, boolean newLine) {
        int n = to - from + (newLine ? 1 : 0);
        if (length + n > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + n));
        }
        if (newLine) {
            text[length++] = '\n';
        }
        System.arraycopy(b, from, text, length, to - from);
        length += to - from;
    }
}
