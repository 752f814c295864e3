package dev.loglens.core.query;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;

/**
 * Finds the next or previous row whose record matches, for "find next", "find previous" and "next error".
 * Rows are positions in a {@link RecordSelection}, or record numbers when the selection is null (the view
 * shows every record). A search starts at its row, includes it, and stops at the first or last row: it
 * never wraps around, and returns -1 when nothing matches.
 */
public final class RecordSearch {

    private final RecordIndex index;
    private final LogFile file;
    private final int blockSize;

    public RecordSearch(RecordIndex index, LogFile file) {
        this(index, file, RecordBlocks.DEFAULT_BLOCK_SIZE);
    }

    RecordSearch(RecordIndex index, LogFile file, int blockSize) {
        this.index = index;
        this.file = file;
        this.blockSize = blockSize;
    }

    /**
     * The first row from {@code fromPosition} on, in {@code direction}, whose record's text (all its lines)
     * matches; -1 when none does. Reads the records in large blocks, on the calling thread.
     *
     * @throws RegexTimeoutException when a regular expression takes too long on one record
     */
    public long find(TextMatcher matcher, RecordSelection selection, long fromPosition, Direction direction,
                     Cancellation cancellation, ProgressListener listener) throws IOException {
        long rows = rowCount(index, selection);
        long position = firstRow(fromPosition, rows, direction);
        long step = direction == Direction.FORWARD ? 1 : -1;
        Progress progress = new Progress(cancellation, listener,
                Math.max(0, direction == Direction.FORWARD ? rows - position : position + 1));
        RecordBlocks blocks = new RecordBlocks(index, file, blockSize);
        TermCursor term = new TermCursor(matcher);
        long lastRecord = -2;
        for (long done = 0; position >= 0 && position < rows; position += step, done++) {
            if (progress.step()) {
                progress.report(done);
            }
            long record = selection == null ? position : selection.get(position);
            blocks.load(record, direction);
            try {
                // Forward through neighbouring records, the term is searched for ahead (see TermCursor).
                if (term.matches(blocks, record == lastRecord + 1, cancellation)) {
                    return position;
                }
            } catch (RegexTimeoutException e) {
                throw e.onRecord(index, record);
            }
            lastRecord = record;
        }
        progress.finish();
        return -1;
    }

    /**
     * The first row from {@code fromPosition} on, in {@code direction}, whose record's level is at least as
     * severe as {@code severity} (see {@link dev.loglens.core.level.Level#severity()}: 40 for "ERROR or
     * worse"); -1 when there is none. Reads only the index.
     */
    public static long nextWithLevelAtLeast(RecordIndex index, RecordSelection selection, long fromPosition,
                                            Direction direction, int severity) {
        LevelTable levels = index.levels();
        boolean[] severe = new boolean[256];
        for (int id = 0; id < levels.size(); id++) {
            severe[id] = levels.level(id).severity() >= severity;
        }
        long rows = rowCount(index, selection);
        long step = direction == Direction.FORWARD ? 1 : -1;
        for (long position = firstRow(fromPosition, rows, direction); position >= 0 && position < rows;
                position += step) {
            long record = selection == null ? position : selection.get(position);
            if (severe[index.levelId(record) & 0xFF]) {
                return position;
            }
        }
        return -1;
    }

    private static long rowCount(RecordIndex index, RecordSelection selection) {
        return selection == null ? index.recordCount() : selection.size();
    }

    /** Where a search starts: forward from before the first row, at the first; backward from past the last, at it. */
    private static long firstRow(long fromPosition, long rows, Direction direction) {
        return direction == Direction.FORWARD ? Math.max(0, fromPosition) : Math.min(rows - 1, fromPosition);
    }
}
