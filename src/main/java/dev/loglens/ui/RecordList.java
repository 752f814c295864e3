package dev.loglens.ui;

import javafx.collections.ObservableListBase;

/**
 * The rows of a view as an observable list of record numbers that exist only on demand: a file of
 * ten million records costs no ten million objects, and the table asks only for visible rows. Which
 * record a row shows comes from a {@link RowMapping}: every record, or those a filter passes.
 */
final class RecordList extends ObservableListBase<Long> {

    /** A JavaFX list is indexed by int; rows past this are reachable through filters and "go to". */
    static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private RowMapping mapping = RowMapping.ALL;
    private int size;

    @Override
    public Long get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
        return mapping.record(row);
    }

    @Override
    public int size() {
        return size;
    }

    /** The mapping now shown: immutable for the rows it has, so background searches may use it. */
    RowMapping mapping() {
        return mapping;
    }

    /** The row that shows {@code record}, or -1 when it is not shown. */
    int rowOf(long record) {
        long row = mapping.rowOf(record);
        return row >= 0 && row < size ? (int) row : -1;
    }

    /** Grows to {@code newSize} rows of the same mapping (rows are only ever appended); FX thread. */
    void growTo(long newSize) {
        int target = (int) Math.min(newSize, MAX_ROWS);
        if (target <= size) {
            return;
        }
        int from = size;
        beginChange();
        size = target;
        nextAdd(from, target);
        endChange();
    }

    /** Shows another mapping (a new filter), with its first {@code newSize} rows; FX thread. */
    void replace(RowMapping newMapping, long newSize) {
        int old = size;
        beginChange();
        mapping = newMapping;
        size = (int) Math.min(newSize, MAX_ROWS);
        nextReplace(0, Math.min(old, size), java.util.Collections.nCopies(Math.min(old, size), 0L));
        if (size > old) {
            nextAdd(old, size);
        } else if (size < old) {
            nextRemove(size, java.util.Collections.nCopies(old - size, 0L));
        }
        endChange();
    }
}
