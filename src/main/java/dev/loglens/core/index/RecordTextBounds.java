package dev.loglens.core.index;

import dev.loglens.core.format.Bytes;

/**
 * Where a record's text lies in its bytes, as every filter and picker reads it: after the NULs that
 * logrotate's copytruncate can leave before it ({@link Bytes#afterNuls}; the index keeps the record's physical
 * start, so exports stay byte for byte), and without its final line terminator. One definition, so that picking while indexing and a
 * filter run over the index judge the same text.
 */
public final class RecordTextBounds {

    private RecordTextBounds() {
    }

    /** {@code to}, less a final {@code \n} or {@code \r\n} of the record whose bytes end there. */
    public static int beforeTerminator(byte[] b, int from, int to) {
        int end = to;
        if (end > from && b[end - 1] == '\n') {
            end = Bytes.withoutCr(b, from, end - 1);
        }
        return end;
    }
}
