package dev.loglens.core.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte searches eight bytes at a time (SWAR), for the scans every line of a file goes through. */
public final class Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {
    }

    /** The first byte of {@code b[from, to)} that is not NUL (logrotate's copytruncate leaves a run of them); {@code to} when all are. */
    public static int afterNuls(byte[] b, int from, int to) {
        int at = from;
        while (at < to && b[at] == 0) {
            at++;
        }
        return at;
    }

    /** {@code end}, less one when a {@code \r} ends {@code b[from, end)}: where a CRLF line's text ends. */
    public static int withoutCr(byte[] b, int from, int end) {
        return end > from && b[end - 1] == '\r' ? end - 1 : end;
    }

    /** The first index of {@code value} in {@code b[from, to)}, or -1. */
    public static int indexOf(byte[] b, byte value, int from, int to) {
        long pattern = (value & 0xFFL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of {@code value} in {@code b[from, to)}, or -1: a line's start is usually a few bytes back. */
    public static int lastIndexOf(byte[] b, byte value, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
