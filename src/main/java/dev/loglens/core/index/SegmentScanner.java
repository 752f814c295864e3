package dev.loglens.core.index;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.format.RecordStarts;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Finds the lines that start in one segment of a file and which of them start records. A line belongs
 * to the segment its first byte lies in, so segments can be scanned in parallel and joined in order.
 * A line longer than the buffer is classified by its head and then skipped, so no line is ever held whole.
 */
final class SegmentScanner {

    /** How far past the segment's end a read goes, so its last line usually arrives in the same read. */
    private static final int READ_AHEAD = 16 * 1024;

    private final LogFile file;
    private final RecordStarts starts;
    private final boolean oneLineRecords;
    private final ParsedLine parsed = new ParsedLine();
    private final byte[] buf;
    /** Checked at each read, which is also where the scan gives way to a window's drawing. */
    private final Cancellation cancellation;
    /** Holds the record being scanned for a picker; null when nothing is picked. */
    private final RecordCapture capture;
    /** The date each scan starts completing times in, so that a segment's times do not hang on the one before. */
    private final LocalDate firstWrittenDate;
    /** The bytes before a segment, read to judge the line before its first; made when first needed. */
    private byte[] lookBack;
    /** How far back the line before a segment is looked for: its longest text, its line ends, a newline before. */
    private static final int LOOK_BACK = RecordStarts.MAX_LINE_BEFORE + 4;

    private long bufPos;
    private int bufLen;
    private long segEnd;
    private long fileEnd;

    /** A scanner for an index's file that also picks records as it goes, when {@code picker} is not null. */
    SegmentScanner(LogFile file, LogFormat format, LevelTable levels, int bufferSize, RecordIndex index,
                   RecordPicker picker, Cancellation cancellation) {
        this(file, format, levels, bufferSize, index.referenceDate(), index.firstWrittenDate(), picker, cancellation);
    }

    /** A scanner that completes times in {@code firstWrittenDate} until a record writes a date (see {@link RecordIndex}). */
    SegmentScanner(LogFile file, LogFormat format, LevelTable levels, int bufferSize, LocalDate referenceDate,
                   LocalDate firstWrittenDate) {
        this(file, format, levels, bufferSize, referenceDate, firstWrittenDate, null, Cancellation.none());
    }

    private SegmentScanner(LogFile file, LogFormat format, LevelTable levels, int bufferSize, LocalDate referenceDate,
                           LocalDate firstWrittenDate, RecordPicker picker, Cancellation cancellation) {
        this.file = file;
        this.cancellation = cancellation;
        this.starts = new RecordStarts(format, levels);
        this.oneLineRecords = format.oneLineRecords();
        this.buf = new byte[bufferSize];
        this.firstWrittenDate = firstWrittenDate;
        this.capture = picker == null ? null : new RecordCapture(picker, starts.readsLevelLines());
        this.parsed.wantFields = false;
        this.parsed.time.setReferenceDate(referenceDate.getYear(), referenceDate.getMonthValue(),
                referenceDate.getDayOfMonth());
    }

    void scan(long segStart, long segmentEnd, long fileSize, SegmentResult out) throws IOException {
        out.reset(segmentEnd);
        parsed.time.startCarrying(firstWrittenDate);
        if (capture != null) {
            capture.begin(out, segStart == 0);
        }
        segEnd = segmentEnd;
        fileEnd = fileSize;
        followLineBefore(segStart);
        bufPos = segStart > 0 ? segStart - 1 : 0;
        bufLen = 0;
        fill();
        int i = 0;
        if (segStart > 0) {
            // Read from one byte early: a newline there means a line starts exactly at segStart.
            i = bufLen > 0 && buf[0] == '\n' ? 1 : skipPastNewline(0);
        }
        long heldStart = -1; // where the line at buf[i] really starts, when its NUL hole has been read past
        boolean finishing = false; // past the segment's end, reading the rest of a held record
        while (i >= 0) {
            long lineStart = heldStart >= 0 ? heldStart : bufPos + i;
            if (lineStart >= fileEnd) {
                break;
            }
            if (lineStart >= segEnd && !finishing) {
                // The next segment's first line may still give the level of this one's last record.
                if ((capture == null || !capture.isOpen()) && !starts.levelLineDue()) {
                    return;
                }
                finishing = true;
            }
            int newline = indexOfNewline(buf, i, bufLen);
            if (newline >= 0) {
                if (!line(i, newline, newline + 1, lineStart, heldStart >= 0, finishing, out)) {
                    return;
                }
                heldStart = -1;
                i = newline + 1;
            } else if (bufPos + bufLen >= fileEnd) {
                line(i, bufLen, bufLen, lineStart, heldStart >= 0, finishing, out); // the last line has no newline
                break;
            } else if (i > 0) {
                compact(i);
                i = 0;
                fill();
            } else if (bufLen < buf.length) {
                fill(); // a long line: read on until it ends or fills the buffer
            } else if (isAllNul(buf, bufLen)) {
                // A copytruncate hole: the record that follows it starts this line, however far on it is.
                heldStart = lineStart;
                if (capture != null) {
                    capture.beforeBufferChange();
                }
                bufPos += bufLen;
                bufLen = 0;
                fill();
            } else {
                // Longer than the buffer: its head decides.
                if (!line(0, bufLen, bufLen, lineStart, heldStart >= 0, finishing, out)) {
                    return;
                }
                heldStart = -1;
                i = skipPastNewline(bufLen);
            }
        }
        if (capture != null) {
            capture.close(fileEnd);
        }
    }

    /**
     * Takes the line {@code buf[from, to)} (without its newline; its bytes with it end at {@code rawEnd}).
     * While {@code finishing}, lines past the segment's end only complete the held record, or give the level of
     * the last: false at the first that starts a record, which belongs to the next segment, or once the level
     * line has been read when nothing is held.
     */
    private boolean line(int from, int to, int rawEnd, long absoluteStart, boolean afterHole, boolean finishing,
                         SegmentResult out) {
        int end = Bytes.withoutCr(buf, from, to);
        int start = Bytes.afterNuls(buf, from, end); // NULs left by copytruncate before the next record
        int kind = starts.read(buf, start, end, parsed);
        boolean isRecord = kind == RecordStarts.RECORD;
        if (kind == RecordStarts.LEVEL_LINE) {
            if (out.count > 0) {
                out.levels[out.count - 1] = parsed.levelId;
            } else if (!finishing) {
                out.leadingLevel = parsed.levelId;
            }
        }
        if (finishing) {
            if (isRecord || oneLineRecords) {
                if (capture != null) {
                    capture.close(absoluteStart);
                }
                return false;
            }
            if (capture == null) {
                return false;
            }
        } else {
            out.lines++;
            if (isRecord) {
                out.add(absoluteStart, out.lines - 1, parsed.levelId, parsed.wallMillis());
            } else if (oneLineRecords) {
                out.add(absoluteStart, out.lines - 1, LevelTable.NONE_ID, TimeFields.NO_TIME);
            }
            if (capture != null && (isRecord || oneLineRecords)) {
                capture.next(out.count - 1, absoluteStart);
            }
        }
        if (capture != null) {
            capture.append(buf, from, rawEnd);
            if (afterHole) {
                capture.spanHole();
            }
        }
        return true;
    }

    /**
     * Reads the line before the segment's first, for a format whose lines mean something after the line before
     * (java.util.logging's level line, npm's repeated sequence number): the segment before judged the line, and
     * this one must agree.
     */
    private void followLineBefore(long segStart) throws IOException {
        starts.follow(null, -1, -1, parsed);
        if (segStart == 0 || !starts.looksBack()) {
            return;
        }
        if (lookBack == null) {
            lookBack = new byte[2 * LOOK_BACK];
        }
        long from = Math.max(0, segStart - LOOK_BACK);
        int read = file.read(from, lookBack, 0, (int) Math.min(lookBack.length, fileEnd - from));
        int last = (int) (segStart - 1 - from); // the segment's byte before: the line before ends at or after it
        int lineEnd = indexOfNewline(lookBack, last, read);
        int lineStart = last;
        while (lineStart > 0 && lookBack[lineStart - 1] != '\n') {
            lineStart--;
        }
        if (lineEnd < 0) {
            return; // too long to carry its meaning to the next line
        }
        int end = Bytes.withoutCr(lookBack, lineStart, lineEnd);
        int text = Bytes.afterNuls(lookBack, lineStart, end);
        if (lineStart == 0 && from > 0 && text == 0) {
            return; // starts before the bytes read: too long to carry its meaning
        }
        // NULs up to the bytes read are a copytruncate hole, which starts at a line's start: the text after it is
        // the line the scanner before judged.
        starts.follow(lookBack, text, end, parsed);
    }

    /**
     * Moves past the next newline at or after {@code from}, reading on as needed; -1 when there is none
     * before the segment's end, for then the next line starts in a later segment (so a line of gigabytes
     * is read once, not once per segment it spans). A held record gets the bytes passed over, and is read
     * on to the end of the line wherever it ends.
     */
    private int skipPastNewline(int from) throws IOException {
        boolean holding = capture != null && capture.isOpen();
        int at = from;
        while (true) {
            int newline = indexOfNewline(buf, at, bufLen);
            if (holding) {
                capture.append(buf, at, newline >= 0 ? newline + 1 : bufLen);
            }
            if (newline >= 0) {
                return newline + 1;
            }
            long readTo = bufPos + bufLen;
            if (readTo >= fileEnd || (readTo >= segEnd && !holding)) {
                return -1;
            }
            if (holding) {
                capture.beforeBufferChange();
            }
            bufPos = readTo;
            bufLen = 0;
            fill();
            at = 0;
        }
    }

    private static boolean isAllNul(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private void compact(int from) {
        if (capture != null) {
            capture.beforeBufferChange();
        }
        System.arraycopy(buf, from, buf, 0, bufLen - from);
        bufPos += from;
        bufLen -= from;
    }

    private void fill() throws IOException {
        long filePos = bufPos + bufLen;
        long useful = Math.max(segEnd + READ_AHEAD - filePos, READ_AHEAD);
        int want = (int) Math.min(Math.min(buf.length - bufLen, fileEnd - filePos), useful);
        if (want <= 0) {
            return;
        }
        cancellation.throwIfCancelled();
        int read = file.read(filePos, buf, bufLen, want);
        bufLen += read;
        if (read < want) {
            fileEnd = filePos + read; // the file shrank under us: stop where it ends now
        }
    }

    static int indexOfNewline(byte[] b, int from, int to) {
        return Bytes.indexOf(b, (byte) '\n', from, to);
    }
}
