package dev.loglens.core.query;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.index.RecordPicker;
import dev.loglens.core.index.RecordTextBounds;
import dev.loglens.core.io.LogFile;
import java.io.IOException;

/**
 * Records' bytes for a pass over many of them, read in large blocks: one positional read brings a block
 * of neighbouring records, which are then sliced out of it by the index's offsets. A forward pass reads
 * blocks that start at the record asked for, a backward one blocks that end with it, so either way the
 * next records asked for are usually in the block already. ({@code RecordReader}'s 64 KiB page cache suits
 * a screen of rows, not a pass over gigabytes.)
 *
 * <p>A record longer than a block is read whole into a block grown for it, up to
 * {@link #MAX_RECORD_BYTES}; of a longer record only its first {@code MAX_RECORD_BYTES} are looked at.
 */
final class RecordBlocks {

    static final int DEFAULT_BLOCK_SIZE = 1 << 20;
    /** The same text a picker judges while a file is indexed. */
    static final int MAX_RECORD_BYTES = RecordPicker.MAX_TEXT_BYTES;

    private final RecordIndex index;
    private final LogFile file;
    private byte[] block;
    /** Where the block's bytes come from in the file, and how many were read. */
    private long blockStart;
    private int blockLength;

    /** The last loaded record's bytes in {@link #bytes()}. */
    private int from;
    private int to;

    RecordBlocks(RecordIndex index, LogFile file, int blockSize) {
        this.index = index;
        this.file = file;
        this.block = new byte[blockSize];
    }

    /**
     * Makes the record's bytes available as {@code bytes()[from(), to())}: without its final line terminator
     * and without the NULs that logrotate's copytruncate can leave before it, as {@code RecordReader} gives
     * them. A record that the file no longer holds (it was truncated) comes out shorter, or empty.
     */
    void load(long record, Direction direction) throws IOException {
        long start = index.startOffset(record);
        long fullEnd = index.endOffset(record);
        while (true) {
            long end = Math.min(fullEnd, start + MAX_RECORD_BYTES);
            if (start < blockStart || end > blockStart + blockLength) {
                read(start, end, direction);
            }
            int at = (int) (start - blockStart);
            int stop = (int) (Math.min(end, blockStart + blockLength) - blockStart);
            at = Bytes.afterNuls(block, at, stop);
            if (at == stop && end < fullEnd && stop == end - blockStart) {
                start = end; // a copytruncate hole longer than the cap: the record's text is further on
                continue;
            }
            if (end == fullEnd) {
                stop = RecordTextBounds.beforeTerminator(block, at, stop);
            }
            from = at;
            to = Math.max(at, stop);
            return;
        }
    }

    private void read(long start, long end, Direction direction) throws IOException {
        int length = (int) (end - start);
        if (length > block.length) {
            block = new byte[length];
        }
        long indexed = Math.max(index.indexedBytes(), end);
        blockStart = direction == Direction.FORWARD ? start : Math.max(0, end - block.length);
        int want = (int) Math.min(block.length, indexed - blockStart);
        blockLength = Math.max(0, file.read(blockStart, block, 0, want));
    }

    /** Where {@code bytes()[0]} lies in the file. */
    long blockStart() {
        return blockStart;
    }

    /** How many bytes of {@link #bytes()} hold the file (records after the loaded one, usually). */
    int blockLength() {
        return blockLength;
    }

    byte[] bytes() {
        return block;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }
}
