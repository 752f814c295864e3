package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeFields;
import java.util.Arrays;

/**
 * What a {@link LineParser} found at the start of a record: its level, its time and where each
 * field lies in the line. One instance per thread is reused for every line.
 */
public final class ParsedLine {

    private static final int MAX_FIELDS = 32;

    public byte levelId;
    /** Whether the level was written as a name LogLens knows (used to score format detection). */
    public boolean levelWellKnown;
    public boolean hasLevel;
    public boolean hasTime;
    /** Whether the record this line starts takes its level from the next line (java.util.logging). */
    public boolean levelOnNextLine;
    /** Whether that next line was read into this one ({@link #takeLevelLine}): the record's head is two lines. */
    public boolean levelLineRead;
    /** Whether the format gave the line a record key ({@link LogFormat#hasRecordKey()}), and its hash. */
    public boolean hasRecordKey;
    public long recordKey;
    public final TimeFields time = new TimeFields();

    /**
     * Whether parsers fill {@link #fieldStart} and {@link #fieldEnd}. The indexer needs only the level and
     * the time of each line and turns this off; showing or exporting a record needs the fields.
     */
    public boolean wantFields = true;

    /** Field spans in the line, indexed like {@link LogFormat#fieldNames()}; -1 when absent. */
    public final int[] fieldStart = new int[MAX_FIELDS];
    public final int[] fieldEnd = new int[MAX_FIELDS];

    public void reset() {
        levelId = LevelTable.NONE_ID;
        levelWellKnown = false;
        hasLevel = false;
        hasTime = false;
        levelOnNextLine = false;
        levelLineRead = false;
        hasRecordKey = false;
        Arrays.fill(fieldStart, -1);
        Arrays.fill(fieldEnd, -1);
    }

    /**
     * Takes the level, and the fields, that the line after this one gave ({@link LogFormat#newLevelLineParser});
     * its field spans move by {@code shift}, for a line that has moved since it was parsed.
     */
    public void takeLevelLine(ParsedLine levelLine, int shift) {
        levelId = levelLine.levelId;
        hasLevel = levelLine.hasLevel;
        levelWellKnown = levelLine.levelWellKnown;
        for (int f = 0; f < MAX_FIELDS; f++) {
            if (levelLine.fieldStart[f] >= 0) {
                fieldStart[f] = levelLine.fieldStart[f] + shift;
                fieldEnd[f] = levelLine.fieldEnd[f] + shift;
            }
        }
        levelLineRead = true;
    }

    /** The record's time for the index; only records, in file order, may ask (see {@link TimeFields#recordWallMillis}). */
    public long wallMillis() {
        return hasTime ? time.recordWallMillis() : TimeFields.NO_TIME;
    }

    static int maxFields() {
        return MAX_FIELDS;
    }
}
