package dev.loglens.ui;

import java.util.TreeSet;

/** The records a user has bookmarked in one view, in file order; FX thread only. */
final class Bookmarks {

    private final TreeSet<Long> records = new TreeSet<>();

    /** Adds the record, or removes it when it is already bookmarked; returns whether it is bookmarked now. */
    boolean toggle(long record) {
        if (!records.remove(record)) {
            records.add(record);
            return true;
        }
        return false;
    }

    boolean contains(long record) {
        return records.contains(record);
    }

    /** The next bookmark after {@code record} (or before it, going back), or -1 when there is none. */
    long next(long record, boolean forward) {
        Long found = forward ? records.higher(record) : records.lower(record);
        return found == null ? -1 : found;
    }

    int size() {
        return records.size();
    }
}
