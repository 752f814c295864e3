package dev.loglens.core.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A literal searched for in raw bytes, optionally with ASCII letters in either case. Candidates are found
 * eight positions at a time by testing the needle's first and last bytes together (SWAR), which rules out
 * nearly every position before a byte-by-byte comparison; a needle starting with a common byte such as a
 * space costs little more than one starting with a rare one.
 *
 * <p>Case is folded by OR-ing 0x20 into the text's byte where the needle has an ASCII letter: only the two
 * cases of that letter then equal the needle's lower-case byte. Other bytes, UTF-8 ones included, compare
 * exactly.
 */
public final class ByteNeedle {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** The needle, ASCII letters in lower case when folding. */
    private final byte[] lower;
    /** Per needle byte: 0x20 where the case is folded, else 0. */
    private final byte[] fold;
    private final long firstPattern;
    private final long firstFold;
    private final long lastPattern;
    private final long lastFold;

    public ByteNeedle(byte[] needle, boolean foldAsciiCase) {
        lower = needle.clone();
        fold = new byte[needle.length];
        for (int k = 0; k < needle.length; k++) {
            byte b = needle[k];
            if (foldAsciiCase && ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))) {
                lower[k] = (byte) (b | 0x20);
                fold[k] = 0x20;
            }
        }
        int last = needle.length - 1;
        firstPattern = (lower[0] & 0xFFL) * ONES;
        firstFold = (fold[0] & 0xFFL) * ONES;
        lastPattern = (lower[last] & 0xFFL) * ONES;
        lastFold = (fold[last] & 0xFFL) * ONES;
    }

    public int length() {
        return lower.length;
    }

    /** Whether the needle holds the byte {@code b} (as it is searched for: ASCII letters in lower case when folded). */
    public boolean contains(byte b) {
        return Bytes.indexOf(lower, b, 0, lower.length) >= 0;
    }

    /** The first index of the needle in {@code b[from, to)}, or -1. */
    public int indexOf(byte[] b, int from, int to) {
        int last = lower.length - 1;
        int limit = to - last; // where a match can start
        int i = from;
        // Eight positions a step, reading on past `to` while the array lasts (a record is usually followed by
        // the rest of its block), so that a short record is not left to the byte-by-byte loop below.
        for (; i < limit && i + last + 8 <= b.length; i += 8) {
            long x = ((long) LONGS.get(b, i) | firstFold) ^ firstPattern;
            long y = ((long) LONGS.get(b, i + last) | lastFold) ^ lastPattern;
            long z = x | y;
            // A zero byte in z is a position whose first and last bytes both fit; the test can also flag a
            // byte above a real zero, never miss one, so every flagged position is checked in full.
            long candidates = (z - ONES) & ~z & HIGHS;
            while (candidates != 0) {
                int at = i + (Long.numberOfTrailingZeros(candidates) >>> 3);
                if (at >= limit) {
                    return -1;
                }
                if (matchesAt(b, at)) {
                    return at;
                }
                candidates &= candidates - 1;
            }
        }
        for (; i < limit; i++) {
            if (matchesAt(b, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesAt(byte[] b, int at) {
        for (int k = 0; k < lower.length; k++) {
            if ((b[at + k] | fold[k]) != lower[k]) {
                return false;
            }
        }
        return true;
    }
}
