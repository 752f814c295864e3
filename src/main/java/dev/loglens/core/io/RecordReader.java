package dev.loglens.core.io;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.index.RecordIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the text of indexed records from the file, on demand. Invalid UTF-8 is replaced, never thrown. */
public final class RecordReader {

    private final RecordIndex index;
    private final PageCache pages;

    public RecordReader(LogFile file, RecordIndex index) {
        this.index = index;
        this.pages = new PageCache(file);
    }

    /**
     * The record's text as bytes, at most {@code maxBytes} of them: without its final line terminator,
     * and without the run of NULs that logrotate's copytruncate can leave before it (the index keeps the
     * record's physical start, so that exports stay byte for byte).
     */
    public byte[] bytes(long record, int maxBytes) throws IOException {
        return bytes(index.startOffset(record), index.endOffset(record), maxBytes);
    }

    /** The same for the record whose bytes are the file's {@code [recordStart, end)}. */
    public byte[] bytes(long recordStart, long end, int maxBytes) throws IOException {
        long start = skipNuls(recordStart, end);
        boolean cut = end - start > maxBytes;
        byte[] raw = pages.read(start, cut ? start + maxBytes : end);
        int length = raw.length;
        if (!cut) {
            if (length > 0 && raw[length - 1] == '\n') {
                length--;
            }
            if (length > 0 && raw[length - 1] == '\r') {
                length--;
            }
        }
        return length == raw.length ? raw : Arrays.copyOf(raw, length);
    }

    private long skipNuls(long from, long end) throws IOException {
        long at = from;
        while (at < end) {
            byte[] chunk = pages.read(at, Math.min(end, at + SKIP_CHUNK));
            if (chunk.length == 0) {
                return at;
            }
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] != 0) {
                    return at + i;
                }
            }
            at += chunk.length;
        }
        return at;
    }

    private static final int SKIP_CHUNK = 64 * 1024;

    /** The record's text, at most {@code maxBytes} of it (a screen row needs only its start). */
    public String text(long record, int maxBytes) throws IOException {
        return new String(bytes(record, maxBytes), StandardCharsets.UTF_8);
    }

    /** The first line of the record (its head, for parsing), at most {@code maxBytes} long. */
    public byte[] firstLine(long record, int maxBytes) throws IOException {
        byte[] raw = bytes(record, maxBytes);
        int end = 0;
        while (end < raw.length && raw[end] != '\n') {
            end++;
        }
        end = Bytes.withoutCr(raw, 0, end);
        return end == raw.length ? raw : Arrays.copyOf(raw, end);
    }
}
