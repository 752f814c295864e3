package dev.loglens.core.query;

import dev.loglens.core.index.PackedLongColumn;
import java.util.Arrays;

/**
 * The record numbers a filter passed, in increasing order: row {@code i} of a filtered view shows record
 * {@link #get get(i)}. Kept in a {@link PackedLongColumn}, about four bytes a row, with long positions, so
 * a selection may hold more than 2<sup>31</sup> rows.
 *
 * <p>One thread, a {@link FilterRun}, writes while others read. The writer fills the column first and then
 * writes the volatile {@link #size}; a reader reads {@code size} first. A volatile write happens-before every
 * read that sees it, so a reader that sees a size also sees every entry below it, however the column grew or
 * copied its arrays to get there. A reader should take {@code size()} once and keep to it for one look (a
 * screen, one search): a later size may be larger. It may also be smaller, when a live view's run decides
 * its last records again (see {@link FilterRun#run}): the run publishes the smaller size before it writes
 * any of those rows again, and a reader still using the older size can find {@link #get} out of bounds, or
 * a row that now shows a later record, until it reads {@code size()} again on the run's next report.
 */
public final class RecordSelection {

    private final PackedLongColumn records = new PackedLongColumn();
    private volatile long size;

    /** The rows published so far. */
    public long size() {
        return size;
    }

    /** The record shown on a row, {@code 0 <= position < size()}. */
    public long get(long position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("row " + position + " of " + size);
        }
        return records.get(position);
    }

    /** The row showing {@code record}, or -1 when the selection does not hold it. */
    public long indexOf(long record) {
        long rows = size;
        long position = positionAtOrAfter(record, rows);
        return position < rows && records.get(position) == record ? position : -1;
    }

    /** The first row showing {@code record} or a later one; {@code size()} when there is none. */
    public long positionAtOrAfter(long record) {
        return positionAtOrAfter(record, size);
    }

    private long positionAtOrAfter(long record, long rows) {
        long low = 0;
        long high = rows;
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (records.get(mid) < record) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    // ---- writing (one thread) ----

    /** Drops the rows of records at and after {@code record}, before they are decided again. */
    /** The given records, in file order (a user's selection of rows). */
    public static RecordSelection of(long... records) {
        long[] sorted = records.clone();
        Arrays.sort(sorted);
        RecordSelection selection = new RecordSelection();
        selection.append(sorted, sorted.length);
        return selection;
    }

    void dropFrom(long record) {
        long keep = positionAtOrAfter(record, size);
        if (keep < size) {
            size = keep;
            records.truncate(keep);
        }
    }

    /** Appends {@code batch[0, count)}, which must all be after the last record held, and publishes them. */
    void append(long[] batch, int count) {
        if (count == 0) {
            return;
        }
        long rows = size;
        if (rows > 0 && batch[0] <= records.get(rows - 1)) {
            throw new IllegalArgumentException("record " + batch[0] + " is not after record " + records.get(rows - 1));
        }
        records.appendAll(batch, count, 0);
        size = rows + count; // the volatile write that publishes the rows appended above
    }
}
