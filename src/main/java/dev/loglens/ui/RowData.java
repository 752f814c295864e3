package dev.loglens.ui;

/**
 * What a table row shows of a record, read off the JavaFX thread: its first line (cut at
 * {@link RowLoader#ROW_BYTES} when longer) and that line's fields, by the format's field order (null when
 * the format does not read the line).
 */
record RowData(String firstLine, String[] fields, boolean cut) {

    /** The value of field {@code f}, or "" when the record does not have it. */
    String field(int f) {
        return fields == null || f < 0 || f >= fields.length || fields[f] == null ? "" : fields[f];
    }
}
