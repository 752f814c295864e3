package dev.loglens.ui;

import javafx.collections.ObservableListBase;

/**
 * The rows of a view as an observable list of record numbers that exist only on demand: a file of
 * ten million records costs no ten million objects, and the list view asks only for visible rows.
 */
final class RecordList extends ObservableListBase<Long> {

    private int size;

    @Override
    public Long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (long) index;
    }

    @Override
    public int size() {
        return size;
    }

    /** Grows to {@code newSize} rows (records are only ever appended); FX thread. */
    void growTo(long newSize) {
        int target = (int) Math.min(newSize, Integer.MAX_VALUE - 8);
        if (target <= size) {
            return;
        }
        int from = size;
        beginChange();
        size = target;
        nextAdd(from, target);
        endChange();
    }
}
