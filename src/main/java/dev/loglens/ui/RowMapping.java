package dev.loglens.ui;

/** Which record each row of a table shows. */
interface RowMapping {

    /** Every record, row r showing record r. */
    RowMapping ALL = new RowMapping() {
        @Override
        public long record(long row) {
            return row;
        }

        @Override
        public long rowOf(long record) {
            return record;
        }
    };

    long record(long row);

    /** The row of the record, or -1 when the mapping does not show it. */
    long rowOf(long record);
}
