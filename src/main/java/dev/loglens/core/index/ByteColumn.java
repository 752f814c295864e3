package dev.loglens.core.index;

import java.util.Arrays;

/** An append-only column of bytes (level ids) in fixed blocks, indexed by long. Same threading as {@link PackedLongColumn}. */
public final class ByteColumn {

    private static final int BLOCK_BITS = 16;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;

    private byte[][] blocks = new byte[8][];
    private long size;

    public void append(byte value) {
        int blockIndex = (int) (size >>> BLOCK_BITS);
        if (blockIndex == blocks.length) {
            blocks = Arrays.copyOf(blocks, blockIndex * 2);
        }
        if (blocks[blockIndex] == null) {
            blocks[blockIndex] = new byte[BLOCK_SIZE];
        }
        blocks[blockIndex][(int) (size & BLOCK_MASK)] = value;
        size++;
    }

    /** Appends {@code values[0..count)}. */
    public void appendAll(byte[] values, int count) {
        int i = 0;
        while (i < count) {
            int blockIndex = (int) (size >>> BLOCK_BITS);
            int slot = (int) (size & BLOCK_MASK);
            if (blockIndex == blocks.length) {
                blocks = Arrays.copyOf(blocks, blockIndex * 2);
            }
            if (blocks[blockIndex] == null) {
                blocks[blockIndex] = new byte[BLOCK_SIZE];
            }
            int n = Math.min(count - i, BLOCK_SIZE - slot);
            System.arraycopy(values, i, blocks[blockIndex], slot, n);
            size += n;
            i += n;
        }
    }

    public byte get(long index) {
        return blocks[(int) (index >>> BLOCK_BITS)][(int) (index & BLOCK_MASK)];
    }

    public long size() {
        return size;
    }

    public long memoryBytes() {
        return 16L + blocks.length * 8L + ((size + BLOCK_MASK) >>> BLOCK_BITS) * (long) BLOCK_SIZE;
    }
}
