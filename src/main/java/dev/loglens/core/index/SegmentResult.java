package dev.loglens.core.index;

import dev.loglens.core.io.LogFile;
import java.io.IOException;
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

    /** Records picked while the segment was scanned (see {@link RecordCapture}); their held bytes in {@link #held}. */
    int pickCount;
    /** Per pick: the record's index among the segment's ({@link RecordCapture#PREAMBLE} for a preamble). */
    int[] pickRecords = new int[256];
    /** Per pick: where its bytes lie in {@link #held}, or {@link RecordCapture#NOT_HELD} or {@link RecordCapture#UNDECIDED}. */
    int[] pickFroms = new int[256];
    int[] pickTos = new int[256];
    byte[] held = new byte[1 << 16];
    int heldLength;
    /** Where the segment's last record ends: the next segment's first record start, or the end of the file. */
    long lastRecordEnd;
    /**
     * The level a level line at the segment's start gives the record before it, or -1. A parallel scan's
     * segment before has read that line itself; a scan of lines appended since the index was made has not.
     */
    int leadingLevel = -1;

    void reset(long segmentEnd) {
        count = 0;
        lines = 0;
        end = segmentEnd;
        pickCount = 0;
        heldLength = 0;
        lastRecordEnd = -1;
        leadingLevel = -1;
        if (held.length > 2 * RecordCapture.HELD_PER_SEGMENT) {
            held = new byte[1 << 16]; // grown for one big record: not kept for every later segment
        }
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

    void pick(int record, int from, int to) {
        if (pickCount == pickRecords.length) {
            int grown = pickCount * 2;
            pickRecords = Arrays.copyOf(pickRecords, grown);
            pickFroms = Arrays.copyOf(pickFroms, grown);
            pickTos = Arrays.copyOf(pickTos, grown);
        }
        pickRecords[pickCount] = record;
        pickFroms[pickCount] = from;
        pickTos[pickCount] = to;
        pickCount++;
    }

    /**
     * Hands the segment's picks to {@code sink}, those whose text could not be held judged from the file;
     * {@code firstRecord} is the number of the segment's first record, or {@link PickedRecords#UNNUMBERED}.
     */
    void deliverPicks(long firstRecord, LogFile file, RecordPicker picker, PickedRecords sink) throws IOException {
        for (int k = 0; k < pickCount; k++) {
            long record = firstRecord == PickedRecords.UNNUMBERED ? firstRecord : firstRecord + pickRecords[k];
            long start = pickStart(k);
            long end = pickEnd(k);
            int from = pickFroms[k];
            if (from >= 0) {
                sink.picked(record, start, end, held, from, pickTos[k]);
            } else if (from == RecordCapture.NOT_HELD || RecordCapture.passesFromFile(picker, file, start, end)) {
                sink.picked(record, start, end, null, 0, 0);
            }
        }
    }

    /** Where pick {@code k}'s record starts in the file (the preamble at the file's start). */
    long pickStart(int k) {
        int record = pickRecords[k];
        return record == RecordCapture.PREAMBLE ? 0 : offsets[record];
    }

    /** Where pick {@code k}'s record ends: where the next one starts. */
    long pickEnd(int k) {
        int next = pickRecords[k] + 1;
        return next < count ? offsets[next] : lastRecordEnd;
    }

    void hold(byte[] b, int from, int to) {
        int n = to - from;
        if (heldLength + n > held.length) {
            held = Arrays.copyOf(held, Math.max(held.length * 2, heldLength + n));
        }
        System.arraycopy(b, from, held, heldLength, n);
        heldLength += n;
    }
}
