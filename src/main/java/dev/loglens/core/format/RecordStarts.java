package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;

/**
 * Tells, line after line, which lines start records. Most formats decide from the line alone. Two look at the
 * line before too:
 * <ul>
 *   <li>a format that writes a record's level on its second line (java.util.logging's {@code SEVERE: ...})
 *   makes the line after a record's first that record's level line, even where another format mixed into the
 *   file would read it as a record of its own (uvicorn's {@code INFO:     ...});</li>
 *   <li>a format whose lines repeat their record's key (npm's sequence number) makes a line with the same key
 *   as the line before continue that record.</li>
 * </ul>
 * One instance per reader of a file, fed its lines in order.
 */
public final class RecordStarts {

    /** A line that continues the record before it (a traceback frame, a wrapped message). */
    public static final int CONTINUATION = 0;
    /** A line that starts a record: the {@link ParsedLine} holds its level, time and fields. */
    public static final int RECORD = 1;
    /** The line after a record's first that gives that record's level, held in the {@link ParsedLine}. */
    public static final int LEVEL_LINE = 2;

    /**
     * The longest line whose meaning carries to the next. A reader that starts mid-file looks back this far for
     * the line before its first ({@link #follow}), so a reader that reads both lines must judge them the same way.
     */
    public static final int MAX_LINE_BEFORE = 16 * 1024;

    private final LineParser parser;
    private final LineParser levelLine;
    private final boolean keyed;
    private boolean levelLineDue;
    /** Whether the line before had a record key, and its hash. */
    private boolean keyBefore;
    private long lastKey;

    public RecordStarts(LogFormat format, LevelTable levels) {
        this.parser = format.newParser(levels);
        this.levelLine = format.newLevelLineParser(levels);
        this.keyed = format.hasRecordKey();
    }

    /** Whether a line's meaning may depend on the line before it: then a reader starting mid-file looks back. */
    public boolean looksBack() {
        return levelLine != null || keyed;
    }

    /** Whether a record's level may come from its second line, so that it is known only once that is read. */
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
                keyBefore = false;
                return LEVEL_LINE;
            }
        }
        parsed.levelOnNextLine = false;
        parsed.hasRecordKey = false;
        if (!parser.parse(b, start, end, parsed)) {
            keyBefore = false;
            return CONTINUATION;
        }
        if (keyed) {
            boolean sameRecord = keyBefore && parsed.hasRecordKey && parsed.recordKey == lastKey;
            keyBefore = parsed.hasRecordKey && end - start <= MAX_LINE_BEFORE;
            lastKey = parsed.recordKey;
            if (sameRecord) {
                return CONTINUATION;
            }
        }
        levelLineDue = levelLine != null && parsed.levelOnNextLine && end - start <= MAX_LINE_BEFORE;
        return RECORD;
    }

    /**
     * Takes {@code b[start, end)} as the line before the next one read, as when reading starts mid-file, or
     * forgets the line before when {@code start} is negative (the line before is unknown or too long to matter).
     */
    public void follow(byte[] b, int start, int end, ParsedLine scratch) {
        levelLineDue = false;
        keyBefore = false;
        if (start >= 0) {
            read(b, start, end, scratch);
        }
    }
}
