package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;

/**
 * Tells, line after line, which lines start records. Most formats decide from the line alone; a format that
 * writes a record's level on its second line (java.util.logging's {@code SEVERE: ...}) makes the line after a
 * record's first that line's level, even where another format mixed into the file would read it as a record
 * of its own (uvicorn's {@code INFO:     ...}). One instance per reader of a file, fed its lines in order.
 */
public final class RecordStarts {

    /** A line that continues the record before it (a traceback frame, a wrapped message). */
    public static final int CONTINUATION = 0;
    /** A line that starts a record: the {@link ParsedLine} holds its level, time and fields. */
    public static final int RECORD = 1;
    /** The line after a record's first that gives that record's level, held in the {@link ParsedLine}. */
    public static final int LEVEL_LINE = 2;

    /**
     * The longest first line that waits for a level line. A reader that starts mid-file looks back this far for
     * the line before its first ({@link #follow}), so the reader before it must judge that line the same way.
     */
    public static final int MAX_FIRST_LINE = 16 * 1024;

    private final LineParser parser;
    private final LineParser levelLine;
    private boolean levelLineDue;

    public RecordStarts(LogFormat format, LevelTable levels) {
        this.parser = format.newParser(levels);
        this.levelLine = format.newLevelLineParser(levels);
    }

    /** Whether some line's meaning depends on the line before it: then a reader starting mid-file looks back. */
    public boolean readsLevelLines() {
        return levelLine != null;
    }

    /** Whether the next line may give the level of the record just started. */
    public boolean levelLineDue() {
        return levelLineDue;
    }

    /** Judges the line {@code b[start, end)} (no line terminator); returns {@link #CONTINUATION}, {@link #RECORD} or {@link #LEVEL_LINE}. */
    public int read(byte[] b, int start, int end, ParsedLine parsed) {
        if (levelLineDue) {
            levelLineDue = false;
            parsed.reset(); // its fields are the level line's alone
            if (levelLine.parse(b, start, end, parsed) && parsed.hasLevel) {
                return LEVEL_LINE;
            }
        }
        parsed.levelOnNextLine = false;
        if (!parser.parse(b, start, end, parsed)) {
            return CONTINUATION;
        }
        levelLineDue = levelLine != null && parsed.levelOnNextLine && end - start <= MAX_FIRST_LINE;
        return RECORD;
    }

    /**
     * Takes {@code b[start, end)} as the line before the next one read, as when reading starts mid-file, or
     * forgets the line before when {@code start} is negative (the line before is unknown or too long to matter).
     */
    public void follow(byte[] b, int start, int end, ParsedLine scratch) {
        levelLineDue = false;
        if (start >= 0) {
            read(b, start, end, scratch);
        }
    }
}
