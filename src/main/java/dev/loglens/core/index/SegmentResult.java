package dev.loglens.core.index;

import java.util.Arrays;

/** The records that start in one segment of a file, as found by a {@link SegmentScanner}; reused between segments. */
final class SegmentResult {

    int count;
    long[] offsets = new long[1024];
    long[] lineNumbers = new long[1024];
    long[] times = new long[1024];
    byte[] levels = new byte[1024];
    /** Lines that start in the segment. */
    long lines;
    long end;

    void reset(long segmentEnd) {
        count = 0;
        lines = 0;
        end = segmentEnd;
    }

    /** Lines before the segment's first record start: the tail of the previous record, or a preamble. */
    long leadingLines() {
        return count == 0 ? lines : lineNumbers[0];
    }

    void add(long offset, long lineInSegment, byte level, long wallMillis) {
        if (count == offsets.length) {
            int grown = count * 2;
            offsets = Arrays.copyOf(offsets, grown);
            lineNumbers = Arrays.copyOf(lineNumbers, grown);
            times = Arrays.copyOf(times, grown);
            levels = Arrays.copyOf(levels, grown);
        }
        offsets[count] = offset;
        lineNumbers[count] = lineInSegment;
        times[count] = wallMillis;
        levels[count] = level;
        count++;
    }
}
