package dev.loglens.ui;

import dev.loglens.core.query.RecordSelection;

/** The rows of a filter's result: row r shows the r-th record the filter passed. */
record SelectionMapping(RecordSelection selection) implements RowMapping {

    @Override
    public long record(long row) {
        return selection.get(row);
    }

    @Override
    public long rowOf(long record) {
        return selection.indexOf(record);
    }
}
