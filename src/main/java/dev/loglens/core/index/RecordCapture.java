package dev.loglens.core.index;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeFields;
import java.io.IOException;

/**
 * Holds the record a {@link SegmentScanner} is in, line by line as the lines pass through its buffer, and asks
 * a {@link RecordPicker} about it when it ends: the picked records of a segment and their bytes are left in the
 * {@link SegmentResult}, so that a filtered export reads the file once, on every core, instead of indexing
 * first and reading every record again.
 *
 * <p>A record that continues past the segment's end is still judged here: the scanner reads on to its end.
 */
final class RecordCapture {

    /** The record index of the lines before a file's first record. */
    static final int PREAMBLE = -1;
    /** A pick whose bytes were too many to hold: they are read from the file. */
    static final int NOT_HELD = -1;
    /** A record whose text could not be held as the file has it (it spans a copytruncate hole): read and judged from the file. */
    static final int UNDECIDED = -2;

    /**
     * The most picked bytes a segment's result holds: later picks are copied from the file when delivered. It
     * bounds the memory of the results in flight (two per core) whatever is exported.
     */
    static final int HELD_PER_SEGMENT = 1 << 20;

    private static final int CLOSED = Integer.MIN_VALUE;
    /**
     * The lines a segment starts with before its first record: the end of a record the previous segment's
     * scanner judges. Held as a record that is never picked, so that the per-line path has no closed state.
     */
    private static final int LEADING = Integer.MIN_VALUE + 1;

    private final RecordPicker picker;
    /** Whether a record's level may come from its second line (then it is known only when the record ends). */
    private final boolean levelFromSecondLine;
    private SegmentResult out;
    private int record = CLOSED;
    private int from;
    private boolean hasLines;
    /** Whether level and time already ruled the record out, so its bytes are not copied. */
    private boolean rejected;
    /** Whether it had more bytes than are held: the held head is judged, the bytes are read from the file. */
    private boolean cut;
    private boolean undecided;
    /**
     * Whether the record's bytes so far are still the span {@code [spanFrom, spanTo)} of the scanner's buffer
     * {@code span}: most records are judged there, and only a picked one, or one the buffer moves under, is
     * copied into the held bytes.
     */
    private boolean inBuffer;
    private byte[] span;
    private int spanFrom;
    private int spanTo;

    RecordCapture(RecordPicker picker, boolean levelFromSecondLine) {
        this.picker = picker;
        this.levelFromSecondLine = levelFromSecondLine;
    }

    /** Starts a segment; at the file's start, the lines before the first record are held as its preamble. */
    void begin(SegmentResult result, boolean atFileStart) {
        out = result;
        open(atFileStart ? PREAMBLE : LEADING);
    }

    /** Whether a record is being held whose end the scanner has to find. */
    boolean isOpen() {
        return record != CLOSED && record != LEADING;
    }

    /** Ends the record held so far at {@code recordStart}, where record {@code index} of the segment starts. */
    void next(int index, long recordStart) {
        close(recordStart);
        open(index);
    }

    private void open(int index) {
        record = index;
        from = out.heldLength;
        hasLines = false;
        cut = false;
        undecided = false;
        inBuffer = true;
        spanTo = -1;
        rejected = index == LEADING || !levelFromSecondLine && !picker.passesLevelAndTime(levelId(), wallMillis());
    }

    /** Adds bytes of the record's lines, terminators included, from the scanner's buffer. */
    void append(byte[] b, int lineFrom, int lineTo) {
        hasLines = true;
        if (rejected || cut) {
            return;
        }
        if (inBuffer) {
            if (spanTo < 0) {
                span = b;
                spanFrom = lineFrom;
                spanTo = lineTo;
                return;
            }
            if (b == span && lineFrom == spanTo) {
                spanTo = lineTo;
                return;
            }
            holdSpan();
        }
        int room = RecordPicker.MAX_TEXT_BYTES - (out.heldLength - from);
        if (lineTo - lineFrom > room) {
            cut = true;
            lineTo = lineFrom + room;
        }
        out.hold(b, lineFrom, lineTo);
    }

    /** The scanner is about to move or overwrite its buffer's bytes: the record's are copied first. */
    void beforeBufferChange() {
        if (inBuffer && !rejected) {
            holdSpan();
        }
    }

    private void holdSpan() {
        if (spanTo >= 0) {
            out.hold(span, spanFrom, spanTo);
        }
        inBuffer = false;
    }

    /** The record spans a copytruncate hole, whose NULs the scanner does not keep. */
    void spanHole() {
        undecided = true;
    }

    /**
     * Ends the record being held at {@code end} (the next record's start, or the end of the file) and judges
     * it; its bytes stay held when it is picked. Closing again does nothing.
     */
    void close(long end) {
        if (record != CLOSED) {
            out.lastRecordEnd = end;
        }
        if (hasLines && !rejected && (!levelFromSecondLine || picker.passesLevelAndTime(levelId(), wallMillis()))) {
            if (undecided) {
                out.pick(record, UNDECIDED, UNDECIDED);
            } else if (!picker.readsText() || (inBuffer ? passesText(picker, span, spanFrom, spanTo, true)
                    : passesText(picker, out.held, from, out.heldLength, !cut))) {
                int heldAfter = inBuffer ? out.heldLength + (spanTo - spanFrom) : out.heldLength;
                if (cut || heldAfter > HELD_PER_SEGMENT) {
                    out.pick(record, NOT_HELD, NOT_HELD);
                } else {
                    if (inBuffer) {
                        holdSpan();
                    }
                    out.pick(record, from, out.heldLength);
                    from = out.heldLength;
                }
            }
        }
        out.heldLength = from;
        record = CLOSED;
        rejected = true;
    }

    private int levelId() {
        return record == PREAMBLE ? LevelTable.NONE_ID : out.levels[record];
    }

    private long wallMillis() {
        return record == PREAMBLE ? TimeFields.NO_TIME : out.times[record];
    }

    /** The picker's text verdict on a record's bytes {@code b[from, to)}, trimmed as a filter run trims them. */
    static boolean passesText(RecordPicker picker, byte[] b, int from, int to, boolean whole) {
        int textFrom = Bytes.afterNuls(b, from, to);
        return picker.passesText(b, textFrom, whole ? RecordTextBounds.beforeTerminator(b, textFrom, to) : to);
    }

    /**
     * The verdict on an {@link #UNDECIDED} record, read from the file as a filter run reads it: the text of
     * the first {@link RecordPicker#MAX_TEXT_BYTES} from its start that holds more than NULs, after the NULs.
     */
    static boolean passesFromFile(RecordPicker picker, LogFile file, long start, long end) throws IOException {
        long chunkStart = start;
        while (true) {
            long chunkEnd = Math.min(end, chunkStart + RecordPicker.MAX_TEXT_BYTES);
            byte[] text = new byte[(int) (chunkEnd - chunkStart)];
            int length = Math.max(0, file.read(chunkStart, text, 0, text.length));
            int from = Bytes.afterNuls(text, 0, length);
            if (from == length && chunkEnd < end && length == text.length) {
                chunkStart = chunkEnd; // a hole longer than the cap: the text is further on
                continue;
            }
            return passesText(picker, text, from, length, chunkEnd == end && length == text.length);
        }
    }
}
