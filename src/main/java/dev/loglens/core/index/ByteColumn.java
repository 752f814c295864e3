package dev.loglens.core.index;

import java.util.Arrays;

/**
 * An append-only column of bytes (level ids) in fixed blocks, indexed by long. Same threading as
 * {@link PackedLongColumn}: every replaced reference is published through the volatile block table.
 */
public final class ByteColumn {

    /** 4 MiB blocks, allocated by G1 outside the young generation (see {@link PackedLongColumn}); the first grows. */
    private static final int BLOCK_BITS = 22;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;
    private static final int FIRST_CAPACITY = 4096;

    private volatile byte[][] blocks = new byte[8][];
    private long size;

    public void append(byte value) {
        appendAll(new byte[] {value}, 1);
    }

    /** Appends {@code values[0..count)}. */
    public void appendAll(byte[] values, int count) {
        int i = 0;
        while (i < count) {
            int blockIndex = (int) (size >>> BLOCK_BITS);
            int slot = (int) (size & BLOCK_MASK);
            int n = Math.min(count - i, BLOCK_SIZE - slot);
            byte[] block = blockWithRoom(blockIndex, slot + n);
            System.arraycopy(values, i, block, slot, n);
            size += n;
            i += n;
        }
    }

    /** The block, grown or created (and republished) when it cannot hold {@code capacity} bytes. */
    private byte[] blockWithRoom(int blockIndex, int capacity) {
        byte[][] table = blocks;
        byte[] block = blockIndex < table.length ? table[blockIndex] : null;
        if (block != null && block.length >= capacity) {
            return block;
        }
        if (blockIndex >= table.length) {
            table = Arrays.copyOf(table, table.length * 2);
        }
        if (block == null) {
            block = new byte[blockIndex == 0 ? Math.max(FIRST_CAPACITY, capacity) : BLOCK_SIZE];
        } else {
            block = Arrays.copyOf(block, Math.min(BLOCK_SIZE, Math.max(capacity, block.length * 2)));
        }
        table[blockIndex] = block;
        blocks = table;
        return block;
    }

    /** Replaces the last byte appended (a record's level, known only once its next line is read). */
    public void setLast(byte value) {
        long last = size - 1;
        blocks[(int) (last >>> BLOCK_BITS)][(int) (last & BLOCK_MASK)] = value;
    }

    public byte get(long index) {
        return blocks[(int) (index >>> BLOCK_BITS)][(int) (index & BLOCK_MASK)];
    }

    public long size() {
        return size;
    }

    public long memoryBytes() {
        byte[][] table = blocks;
        long bytes = 16L + table.length * 8L;
        for (byte[] block : table) {
            bytes += block == null ? 0 : block.length + 16L;
        }
        return bytes;
    }
}
