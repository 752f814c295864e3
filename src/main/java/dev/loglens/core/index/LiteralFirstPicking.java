package dev.loglens.core.index;

import dev.loglens.core.format.ByteNeedle;
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
 * Picks records without indexing the file, when every record the picker can pick holds a literal (the term
 * {@code ZeroDivisionError}, or the {@code status=5} that every match of {@code status=5[0-9][0-9]} starts with).
 * The file is read a block at a time and searched for the literal, as grep searches it; only the lines around a
 * hit are parsed, back to the line that starts its record and on to the line that starts the next, and that
 * record is judged as a filter run judges it. Most of the file is never parsed, so a text export of a term costs
 * little more than reading the file.
 *
 * <p>It applies to formats whose lines start records on their own: one whose lines depend on the line before
 * (java.util.logging's level line, npm's sequence number) is indexed instead. What a block cannot settle alone
 * (a line longer than {@link #MAX_LINE}, a record that starts in the block before or goes on past this one) is
 * handed to a {@link SegmentScanner} from the last record start known, so the picks are an indexed export's,
 * record for record.
 */
public final class LiteralFirstPicking {

    static final int BLOCK_SIZE = 1 << 20;
    /**
     * The most hits per KiB, in samples spread through the file, for which searching first pays: a record is
     * then parsed about twice (as the next one's end, and as its own start) on one core, against once on every
     * core when indexing. Measured on the benchmark file: 1 hit per 1.5 KiB exports 30% faster literal first,
     * 1 per 0.6 KiB 15% faster, 1 per 0.17 KiB 30% slower.
     */
    static final int MOST_HITS_PER_KIB = 2;
    private static final int SAMPLES = 4;
    private static final int SAMPLE_SIZE = 64 * 1024;
    /** The longest line judged in the block; the scanner judges a longer one (by its head, past a buffer's size). */
    static final int MAX_LINE = 64 * 1024;
    /** A position the block cannot settle. */
    private static final int UNSETTLED = -1;

    private final LogFile file;
    private final Cancellation cancellation;
    private final RecordPicker picker;
    private final PickedRecords sink;
    private final ByteNeedle needle;
    private final RecordStarts starts;
    private final boolean oneLineRecords;
    private final ParsedLine parsed = new ParsedLine();
    private final SegmentScanner scanner;
    private final SegmentResult scanned = new SegmentResult();
    private final byte[] block;
    private long fileSize;
    private long blockStart;
    private int blockEnd;
    /** Whether the block's first byte starts a line. */
    private boolean blockStartsLine;
    /** Every record that starts before this has been judged, and a record starts here (or the file ends). */
    private long judgedTo;
    /** The level and time of the record whose start {@link #recordStartBefore} found. */
    private int recordLevel;
    private long recordMillis;

    private LiteralFirstPicking(LogFile file, LogFormat format, LevelTable levels, RecordIndex index,
                                RecordPicker picker, PickedRecords sink, int blockSize, Cancellation cancellation) {
        this.file = file;
        this.cancellation = cancellation;
        this.picker = picker;
        this.sink = sink;
        this.needle = picker.literalForSkipping();
        this.starts = new RecordStarts(format, levels);
        this.oneLineRecords = format.oneLineRecords();
        this.scanner = new SegmentScanner(file, format, levels, FileIndexer.SCAN_BUFFER, index, picker, cancellation);
        this.block = new byte[blockSize];
        parsed.wantFields = false;
        LocalDate referenceDate = index.referenceDate();
        parsed.time.setReferenceDate(referenceDate.getYear(), referenceDate.getMonthValue(),
                referenceDate.getDayOfMonth());
        parsed.time.startCarrying(index.firstWrittenDate());
    }

    /**
     * Picks the records of {@code file} as {@code picking} says, literal first, when that applies; returns false,
     * having read nothing and told the sink nothing, when it does not (then index the file to pick).
     */
    public static boolean pick(LogFile file, LogFormat format, RecordPicking picking, Cancellation cancellation)
            throws IOException {
        return pick(file, format, picking, cancellation, BLOCK_SIZE, MOST_HITS_PER_KIB);
    }

    static boolean pick(LogFile file, LogFormat format, RecordPicking picking, Cancellation cancellation,
                        int blockSize, int mostHitsPerKib) throws IOException {
        LevelTable levels = new LevelTable();
        LocalDate referenceDate = file.modifiedDate();
        RecordIndex index = new RecordIndex(format, levels, referenceDate,
                FirstWrittenDate.of(file, format, levels, referenceDate));
        RecordPicker picker = picking.pickers().apply(index);
        ByteNeedle needle = picker.literalForSkipping();
        if (needle == null || needle.contains((byte) '\n') || needle.length() > blockSize / 2
                || new RecordStarts(format, levels).looksBack() || hitsPerKib(file, needle) > mostHitsPerKib) {
            return false;
        }
        picking.sink().begin(index);
        new LiteralFirstPicking(file, format, levels, index, picker, picking.sink(), blockSize, cancellation)
                .run();
        return true;
    }

    /** How often the needle occurs, per KiB, in samples from the start, the middle and the end of the file. */
    private static double hitsPerKib(LogFile file, ByteNeedle needle) throws IOException {
        long size = file.size();
        byte[] sample = new byte[SAMPLE_SIZE];
        long hits = 0;
        long read = 0;
        for (int k = 0; k < SAMPLES; k++) {
            long at = Math.max(0, (size - SAMPLE_SIZE) * k / (SAMPLES - 1));
            int length = Math.max(0, file.read(at, sample, 0, sample.length));
            for (int hit = needle.indexOf(sample, 0, length); hit >= 0; hit = needle.indexOf(sample, hit + 1, length)) {
                hits++;
            }
            read += length;
            if (at + length >= size) {
                break; // a small file: read whole
            }
        }
        return read == 0 ? 0 : hits * 1024.0 / read;
    }

    private void run() throws IOException {
        fileSize = file.size();
        blockStart = 0;
        blockStartsLine = true;
        while (blockStart < fileSize) {
            cancellation.throwIfCancelled();
            int want = (int) Math.min(block.length, fileSize - blockStart);
            int length = Math.max(0, file.read(blockStart, block, 0, want));
            if (length < want) {
                fileSize = blockStart + length; // the file shrank under us: it ends here now
            }
            if (length == 0) {
                break;
            }
            boolean endsFile = blockStart + length >= fileSize;
            int lastNewline = endsFile ? length - 1 : Bytes.lastIndexOf(block, (byte) '\n', 0, length);
            blockEnd = lastNewline >= 0 ? lastNewline + 1 : length;
            searchBlock();
            long next = blockStart + blockEnd;
            boolean nextStartsLine = block[blockEnd - 1] == '\n';
            if (!nextStartsLine && !endsFile) {
                next -= needle.length() - 1; // within one long line: a hit may straddle the blocks
            }
            if (judgedTo >= next) {
                next = judgedTo;
                nextStartsLine = true;
            }
            blockStart = next;
            blockStartsLine = nextStartsLine;
        }
    }

    private void searchBlock() throws IOException {
        int from = inBlock(judgedTo);
        while (from < blockEnd) {
            int hit = needle.indexOf(block, from, blockEnd);
            if (hit < 0) {
                return;
            }
            judgeRecordHolding(hit);
            from = Math.max(hit + 1, inBlock(judgedTo));
        }
    }

    /** Where file offset {@code at} falls in the block, clamped to it. */
    private int inBlock(long at) {
        return (int) Math.max(0, Math.min(blockEnd, at - blockStart));
    }

    /** Judges the record that holds the hit at {@code hit} and moves {@link #judgedTo} to its end. */
    private void judgeRecordHolding(int hit) throws IOException {
        int hitLineEnd = lineEnd(hit);
        int start = hitLineEnd == UNSETTLED ? UNSETTLED : recordStartBefore(hit, hitLineEnd);
        int end = start == UNSETTLED ? UNSETTLED : nextRecordStart(hitLineEnd);
        if (end == UNSETTLED) {
            scanUpTo(blockStart + hit, start == UNSETTLED ? judgedTo : blockStart + start);
            return;
        }
        if (picker.passesLevelAndTime(recordLevel, recordMillis)
                && RecordCapture.passesText(picker, block, start, end, true)) {
            sink.picked(PickedRecords.UNNUMBERED, blockStart + start, blockStart + end, block, start, end);
        }
        judgedTo = blockStart + end;
    }

    /**
     * The start of the record that holds the line ending at {@code lineEnd} (position {@code at} is in it),
     * found by judging the lines back from it; {@link #UNSETTLED} when that takes the block before or a long line.
     */
    private int recordStartBefore(int at, int lineEnd) {
        int end = lineEnd;
        int start = lineStart(at);
        while (true) {
            if (start == UNSETTLED || end - start > MAX_LINE) {
                return UNSETTLED;
            }
            int kind = judge(start, end);
            if (kind != RecordStarts.CONTINUATION || oneLineRecords) {
                // A line of a one-line-record format that its layout does not read is a record with no level.
                boolean read = kind == RecordStarts.RECORD;
                recordLevel = read ? parsed.levelId : LevelTable.NONE_ID;
                recordMillis = read ? parsed.wallMillis() : TimeFields.NO_TIME;
                return start;
            }
            if (blockStart + start == 0) {
                recordLevel = LevelTable.NONE_ID; // the lines before the file's first record
                recordMillis = TimeFields.NO_TIME;
                return 0;
            }
            if (start == 0 || blockStart + start <= judgedTo) {
                return UNSETTLED;
            }
            end = start - 1;
            start = lineStart(end);
        }
    }

    /** Where the record whose last line so far ends at {@code lineEnd} ends; {@link #UNSETTLED} past the block. */
    private int nextRecordStart(int lineEnd) {
        int start = lineEnd + 1;
        while (true) {
            if (start >= blockEnd) {
                return blockStart + blockEnd >= fileSize ? blockEnd : UNSETTLED;
            }
            int end = lineEnd(start);
            if (end == UNSETTLED) {
                return UNSETTLED;
            }
            if (oneLineRecords || judge(start, end) != RecordStarts.CONTINUATION) {
                return start;
            }
            start = end + 1;
        }
    }

    /** How the scanner judges the line {@code block[start, end)} (a {@link RecordStarts} kind), its fields in {@link #parsed}. */
    private int judge(int start, int end) {
        int textEnd = Bytes.withoutCr(block, start, end);
        int text = Bytes.afterNuls(block, start, textEnd);
        return starts.read(block, text, textEnd, parsed);
    }

    /** The start of the line that holds position {@code at}, or {@link #UNSETTLED} when it starts before the block. */
    private int lineStart(int at) {
        int newline = Bytes.lastIndexOf(block, (byte) '\n', 0, at);
        if (newline >= 0) {
            return newline + 1;
        }
        return blockStartsLine ? 0 : UNSETTLED;
    }

    /**
     * Where the line that holds position {@code at} ends (its newline, or the file's end); {@link #UNSETTLED}
     * when it goes on past the block or past {@link #MAX_LINE}.
     */
    private int lineEnd(int at) {
        int newline = Bytes.indexOf(block, (byte) '\n', at, Math.min(blockEnd, at + MAX_LINE + 1));
        if (newline >= 0) {
            return newline;
        }
        return blockEnd - at <= MAX_LINE && blockStart + blockEnd >= fileSize ? blockEnd : UNSETTLED;
    }

    /**
     * Judges every record from {@code from} (a record's start, or the file's) to the one that holds file offset
     * {@code hit} with the scanner, a segment at a time so that what it holds stays bounded.
     */
    private void scanUpTo(long hit, long from) throws IOException {
        judgedTo = from;
        while (judgedTo <= hit) {
            cancellation.throwIfCancelled();
            scanner.scan(judgedTo, Math.min(hit + 1, judgedTo + FileIndexer.SEGMENT_SIZE), fileSize, scanned);
            scanned.deliverPicks(PickedRecords.UNNUMBERED, file, picker, sink);
            if (scanned.lastRecordEnd <= judgedTo) {
                throw new IOException(file.path() + ": the file ended early (was it truncated?)");
            }
            judgedTo = scanned.lastRecordEnd;
        }
    }
}
