package dev.loglens.ui;

import java.util.Collections;
import javafx.collections.ObservableListBase;

/**
 * The rows a table holds: a window of at most {@link #WINDOW} consecutive rows of the log, as record
 * numbers that exist only on demand. JavaFX's VirtualFlow walks every item to place its scroll position,
 * so a table of ten million items spends a second per layout; a window keeps that walk short, and
 * {@link RecordTable} moves the window as the user scrolls. Which record a row shows comes from a
 * {@link RowMapping}: every record, or those a filter passes. FX thread only.
 */
final class RecordList extends ObservableListBase<Long> {

    static final int WINDOW = 2_000;

    private RowMapping mapping = RowMapping.ALL;
    /** Rows in the whole log (or filter result), of which this list holds a window. */
    private long total;
    private long windowStart;
    private int size;
    private final int window;

    RecordList() {
        this(WINDOW);
    }

    RecordList(int window) {
        this.window = window;
    }

    @Override
    public Long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return mapping.record(windowStart + index);
    }

    @Override
    public int size() {
        return size;
    }

    /** The mapping now shown: immutable for the rows it has, so background searches may use it. */
    RowMapping mapping() {
        return mapping;
    }

    long total() {
        return total;
    }

    long windowStart() {
        return windowStart;
    }

    int windowSize() {
        return window;
    }

    /** The row (in the whole log) that shows {@code record}, or -1 when it is not shown. */
    long rowOf(long record) {
        long row = mapping.rowOf(record);
        return row >= 0 && row < total ? row : -1;
    }

    /** Rows were appended to the log (indexing, tailing): fills the window if it has room. */
    void growTo(long newTotal) {
        if (newTotal <= total) {
            return;
        }
        total = newTotal;
        int target = (int) Math.min(window, total - windowStart);
        if (target > size) {
            int from = size;
            beginChange();
            size = target;
            nextAdd(from, target);
            endChange();
        }
    }

    /** Shows another mapping (a new filter) from its first row. */
    void replace(RowMapping newMapping, long newTotal) {
        mapping = newMapping;
        total = newTotal;
        moveWindow(0, true);
    }

    /** Moves the window so that it starts at {@code start} (clamped); returns the start it got. */
    long moveWindow(long start) {
        return moveWindow(start, false);
    }

    private long moveWindow(long start, boolean always) {
        long clamped = Math.max(0, Math.min(start, total - window));
        if (clamped == windowStart && !always) {
            return windowStart;
        }
        int old = size;
        windowStart = clamped;
        size = (int) Math.min(window, total - windowStart);
        beginChange();
        int kept = Math.min(old, size);
        nextReplace(0, kept, Collections.nCopies(kept, 0L));
        if (size > old) {
            nextAdd(old, size);
        } else if (size < old) {
            nextRemove(size, Collections.nCopies(old - size, 0L));
        }
        endChange();
        return windowStart;
    }
}
