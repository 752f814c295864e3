package dev.loglens.core.index;

import dev.loglens.core.format.LogFormat;
import dev.loglens.core.level.Level;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeFields;
import java.time.LocalDate;

/**
 * Where each record of a file starts, on which line, with which level and time: about thirteen bytes
 * a record and never the text itself (that is read on demand, see {@code RecordReader}).
 *
 * <p>One thread appends while others read. Each step is published as one immutable {@link Published}
 * snapshot in a volatile field, written after the columns are filled, so a reader never combines the
 * record count of one step with the byte or line count of another.
 */
public final class RecordIndex {

    private final LogFormat format;
    private final LevelTable levels;
    private final LocalDate referenceDate;
    private final LocalDate firstWrittenDate;
    private final PackedLongColumn offsets = new PackedLongColumn();
    private final PackedLongColumn firstLines = new PackedLongColumn();
    private final PackedLongColumn times = new PackedLongColumn();
    private final ByteColumn levelIds = new ByteColumn();
    private final long[] levelCounts = new long[256];

    /** Records known to span more than one line (all but the last record, whose end may still grow). */
    private long multilineBeforeLast;
    /** First line of the last record counted so far; -1 before the first. */
    private long lastFirstLine = -1;

    /** What readers may see: the counts of one published step. */
    private record Published(long records, long bytes, long lines, long multilineRecords) {
    }

    private volatile Published published = new Published(0, 0, 0, 0);

    public RecordIndex(LogFormat format, LevelTable levels, LocalDate referenceDate, LocalDate firstWrittenDate) {
        this.format = format;
        this.levels = levels;
        this.referenceDate = referenceDate;
        this.firstWrittenDate = firstWrittenDate;
    }

    /**
     * The date that times written without a year, or without a date, were read in (the file's modification
     * date) when the file's head has no record with a whole date.
     */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /**
     * The date of the file's first record written with a whole date, which times written without a date or a
     * year before it were read in (those after such a record take its date); null when the file's head has none.
     */
    public LocalDate firstWrittenDate() {
        return firstWrittenDate;
    }

    // ---- writing (the indexing thread only) ----

    void append(long offset, long firstLine, byte levelId, long wallMillis) {
        countMultiline(firstLine);
        offsets.append(offset);
        firstLines.append(firstLine);
        times.append(wallMillis);
        levelIds.append(levelId);
        levelCounts[levelId & 0xFF]++;
    }

    /** Appends a segment's records at once; their line numbers are relative to {@code lineBase}. */
    void appendSegment(SegmentResult segment, long lineBase) {
        for (int k = 0; k < segment.count; k++) {
            countMultiline(lineBase + segment.lineNumbers[k]);
        }
        offsets.appendAll(segment.offsets, segment.count, 0);
        firstLines.appendAll(segment.lineNumbers, segment.count, lineBase);
        times.appendAll(segment.times, segment.count, 0);
        levelIds.appendAll(segment.levels, segment.count);
        for (int k = 0; k < segment.count; k++) {
            levelCounts[segment.levels[k] & 0xFF]++;
        }
    }

    /** Gives the last record appended the level its level line gave, after the record itself was appended. */
    void setLastLevel(byte levelId) {
        levelCounts[levelIds.get(levelIds.size() - 1) & 0xFF]--;
        levelIds.setLast(levelId);
        levelCounts[levelId & 0xFF]++;
    }

    long appendedRecords() {
        return offsets.size();
    }

    /** A record starting on {@code firstLine} ends the record before it, which then has its final line count. */
    private void countMultiline(long firstLine) {
        if (lastFirstLine >= 0 && firstLine - lastFirstLine > 1) {
            multilineBeforeLast++;
        }
        lastFirstLine = firstLine;
    }

    /** Makes everything appended so far visible to readers. */
    void publish(long bytes, long lines) {
        boolean lastIsMultiline = lastFirstLine >= 0 && lines - lastFirstLine > 1;
        published = new Published(offsets.size(), bytes, lines, multilineBeforeLast + (lastIsMultiline ? 1 : 0));
    }

    // ---- reading (any thread) ----

    public LogFormat format() {
        return format;
    }

    public LevelTable levels() {
        return levels;
    }

    public long recordCount() {
        return published.records();
    }

    /** Bytes of the file covered by the index (the whole file once indexing has finished). */
    public long indexedBytes() {
        return published.bytes();
    }

    public long lineCount() {
        return published.lines();
    }

    public long startOffset(long record) {
        return offsets.get(record);
    }

    /** Just past the record's last byte, its line terminator included. */
    public long endOffset(long record) {
        Published now = published;
        return record + 1 < now.records() ? offsets.get(record + 1) : now.bytes();
    }

    /** How many records span more than one line (tracebacks, continuation lines). */
    public long multilineRecordCount() {
        return published.multilineRecords();
    }

    /** Zero-based number of the record's first line in the file. */
    public long firstLine(long record) {
        return firstLines.get(record);
    }

    public long lineCountOf(long record) {
        Published now = published;
        long next = record + 1 < now.records() ? firstLines.get(record + 1) : now.lines();
        return next - firstLines.get(record);
    }

    public byte levelId(long record) {
        return levelIds.get(record);
    }

    public Level level(long record) {
        return levels.level(levelIds.get(record));
    }

    /** The record's wall-clock time as written, in ms read as UTC; {@link TimeFields#NO_TIME} when it has none. */
    public long wallMillis(long record) {
        return times.get(record);
    }

    /** How many records have the level with this id (exact once indexing has finished). */
    public long countOfLevel(int levelId) {
        return levelCounts[levelId & 0xFF];
    }

    /** The record holding a zero-based line number. */
    public long recordOfLine(long line) {
        long low = 0;
        long high = published.records() - 1;
        while (low < high) {
            long mid = (low + high + 1) >>> 1;
            if (firstLines.get(mid) <= line) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    public long memoryBytes() {
        return offsets.memoryBytes() + firstLines.memoryBytes() + times.memoryBytes() + levelIds.memoryBytes();
    }
}
