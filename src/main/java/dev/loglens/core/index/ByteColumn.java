package dev.loglens.core.index;

import java.util.Arrays;

/** An append-only column of bytes (level ids) in fixed blocks, indexed by long. Same threading as {@link PackedLongColumn}. */
public final class ByteColumn {

    /** 4 MiB blocks, allocated by G1 outside the young generation (see {@link PackedLongColumn}); the first grows. */
    private static final int BLOCK_BITS = 22;
    private static final int FIRST_CAPACITY = 4096;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;

    private byte[][] blocks = new byte[8][];
    private long size;

    public void append(byte value) {
        int blockIndex = (int) (size >>> BLOCK_BITS);
        if (blockIndex == blocks.length) {
            blocks = Arrays.copyOf(blocks, blockIndex * 2);
        }
        ensureBlock(blockIndex, (int) (size & BLOCK_MASK) + 1);
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
            int n = Math.min(count - i, BLOCK_SIZE - slot);
            ensureBlock(blockIndex, slot + n);
            System.arraycopy(values, i, blocks[blockIndex], slot, n);
            size += n;
            i += n;
        }
    }

    private void ensureBlock(int blockIndex, int capacity) {
        byte[] block = blocks[blockIndex];
        if (block == null) {
            blocks[blockIndex] = new byte[blockIndex == 0 ? Math.max(FIRST_CAPACITY, capacity) : BLOCK_SIZE];
        } else if (block.length < capacity) {
            blocks[blockIndex] = Arrays.copyOf(block, Math.min(BLOCK_SIZE, Math.max(capacity, block.length * 2)));
        }
    }

    public byte get(long index) {
        return blocks[(int) (index >>> BLOCK_BITS)][(int) (index & BLOCK_MASK)];
    }

    public long size() {
        return size;
    }

    public long memoryBytes() {
        long bytes = 16L + blocks.length * 8L;
        for (byte[] block : blocks) {
            bytes += block == null ? 0 : block.length + 16L;
        }
        return bytes;
    }
}
