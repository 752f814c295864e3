package dev.loglens.core.index;

/**
 * Where a record's text lies in its bytes, as every filter and picker reads it: after the NULs that
 * logrotate's copytruncate can leave before it (the index keeps the record's physical start, so exports stay
 * byte for byte), and without its final line terminator. One definition, so that picking while indexing and a
 * filter run over the index judge the same text.
 */
public final class RecordTextBounds {

    private RecordTextBounds() {
    }

    /** The first byte of {@code b[from, to)} that is not NUL; {@code to} when all are. */
    public static int afterNuls(byte[] b, int from, int to) {
        int at = from;
        while (at < to && b[at] == 0) {
            at++;
        }
        return at;
    }

    /** {@code to}, less a final {@code \n} or {@code \r\n} of the record whose bytes end there. */
    public static int beforeTerminator(byte[] b, int from, int to) {
        int end = to;
        if (end > from && b[end - 1] == '\n') {
            end--;
            if (end > from && b[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }
}
