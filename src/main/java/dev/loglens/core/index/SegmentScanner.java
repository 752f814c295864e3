package dev.loglens.core.index;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.format.LineParser;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.LevelTable;
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
    private final LineParser parser;
    /** Reads the level some formats write on a record's second line; null for most formats. */
    private final LineParser levelLineParser;
    private final boolean oneLineRecords;
    private final ParsedLine parsed = new ParsedLine();
    /** Whether the line just scanned started a record (so the next may carry its level). */
    private boolean afterRecordStart;
    private final byte[] buf;

    private long bufPos;
    private int bufLen;
    private long segEnd;
    private long fileEnd;

    SegmentScanner(LogFile file, LogFormat format, LevelTable levels, int bufferSize, LocalDate referenceDate) {
        this.file = file;
        this.parser = format.newParser(levels);
        this.levelLineParser = format.newLevelLineParser(levels);
        this.oneLineRecords = format.oneLineRecords();
        this.buf = new byte[bufferSize];
        this.parsed.wantFields = false;
        this.parsed.time.setReferenceDate(referenceDate.getYear(), referenceDate.getMonthValue(),
                referenceDate.getDayOfMonth());
    }

    void scan(long segStart, long segmentEnd, long fileSize, SegmentResult out) throws IOException {
        out.reset(segmentEnd);
        afterRecordStart = false;
        segEnd = segmentEnd;
        fileEnd = fileSize;
        bufPos = segStart > 0 ? segStart - 1 : 0;
        bufLen = 0;
        fill();
        int i = 0;
        if (segStart > 0) {
            // Read from one byte early: a newline there means a line starts exactly at segStart.
            i = bufLen > 0 && buf[0] == '\n' ? 1 : skipPastNewline(0);
        }
        long heldStart = -1; // where the line at buf[i] really starts, when its NUL hole has been read past
        while (i >= 0) {
            long lineStart = heldStart >= 0 ? heldStart : bufPos + i;
            if (lineStart >= segEnd || lineStart >= fileEnd) {
                return;
            }
            int newline = indexOfNewline(buf, i, bufLen);
            if (newline >= 0) {
                line(i, newline, lineStart, out);
                heldStart = -1;
                i = newline + 1;
            } else if (bufPos + bufLen >= fileEnd) {
                line(i, bufLen, lineStart, out); // the last line has no newline
                return;
            } else if (i > 0) {
                compact(i);
                i = 0;
                fill();
            } else if (bufLen < buf.length) {
                fill(); // a long line: read on until it ends or fills the buffer
            } else if (isAllNul(buf, bufLen)) {
                // A copytruncate hole: the record that follows it starts this line, however far on it is.
                heldStart = lineStart;
                bufPos += bufLen;
                bufLen = 0;
                fill();
            } else {
                line(0, bufLen, lineStart, out); // longer than the buffer: its head decides
                heldStart = -1;
                i = skipPastNewline(bufLen);
            }
        }
    }

    private void line(int from, int to, long absoluteStart, SegmentResult out) {
        out.lines++;
        int end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        int start = from;
        while (start < end && buf[start] == 0) {
            start++; // NULs left by copytruncate before the next record
        }
        if (parser.parse(buf, start, end, parsed)) {
            out.add(absoluteStart, out.lines - 1, parsed.levelId, parsed.wallMillis());
            afterRecordStart = levelLineParser != null;
        } else if (oneLineRecords) {
            out.add(absoluteStart, out.lines - 1, LevelTable.NONE_ID, TimeFields.NO_TIME);
        } else if (afterRecordStart) {
            afterRecordStart = false;
            if (out.count > 0 && levelLineParser.parse(buf, start, end, parsed) && parsed.hasLevel) {
                out.levels[out.count - 1] = parsed.levelId;
            }
        }
    }

    /**
     * Moves past the next newline at or after {@code from}, reading on as needed; -1 when there is none
     * before the segment's end, for then the next line starts in a later segment (so a line of gigabytes
     * is read once, not once per segment it spans).
     */
    private int skipPastNewline(int from) throws IOException {
        int at = from;
        while (true) {
            int newline = indexOfNewline(buf, at, bufLen);
            if (newline >= 0) {
                return newline + 1;
            }
            long readTo = bufPos + bufLen;
            if (readTo >= fileEnd || readTo >= segEnd) {
                return -1;
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
