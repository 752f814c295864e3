package dev.loglens.core.index;

import java.io.IOException;

/** Receives the records a {@link RecordPicker} picked from a file, in file order, on one thread. */
public interface PickedRecords {

    /** The record number of a record picked without an index ({@link LiteralFirstPicking}). */
    long UNNUMBERED = -1;

    /** Called once, before any record: the index being built, whose format and level table are known. */
    void begin(RecordIndex index) throws IOException;

    /**
     * A picked record: its number in the index, where it already is ({@link #UNNUMBERED} when picked without an
     * index), and its bytes, the file's {@code [start, end)}, line terminators and all. They are also
     * {@code b[from, to)} when the scanner held them; {@code b} is null when the record was too big to hold (more
     * than {@link RecordPicker#MAX_TEXT_BYTES}) and must be read from the file. {@code b} is reused once the call
     * returns.
     */
    void picked(long record, long start, long end, byte[] b, int from, int to) throws IOException;
}
