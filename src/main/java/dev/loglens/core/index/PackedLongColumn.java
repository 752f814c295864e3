package dev.loglens.core.index;

import java.util.Arrays;

/**
 * An append-only column of longs (file offsets, times, line numbers) that costs about four bytes a
 * value: values are kept in large blocks as int differences from the block's first value, and a block
 * whose values spread too far keeps plain longs instead. Look-up is constant time, and indexes are
 * longs, so a column may hold more than 2<sup>31</sup> values.
 *
 * <p>One thread appends; other threads may read any index below a size published to them through a
 * volatile write (see {@link RecordIndex}). Every reference the appender replaces (the block table, a
 * growing block's array, a block turned wide) is volatile, so a reader that sees the new one also sees
 * what was copied into it.
 */
public final class PackedLongColumn {

    /**
     * 2<sup>20</sup> values: a full int block is 4 MiB, which G1 (with regions up to 4 MiB, heaps up to 8 GiB)
     * allocates straight into the old generation, so indexing a big file does not spend its time copying the
     * index between GC spaces. The first block grows from small, so a small file costs little.
     */
    static final int BLOCK_BITS = 20;
    static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;
    private static final int FIRST_CAPACITY = 1024;
    /** Stands for {@link Long#MIN_VALUE} (a missing value) inside an int block. */
    private static final int MISSING_DELTA = Integer.MIN_VALUE;

    private volatile Block[] blocks = new Block[8];
    private long size;

    public long size() {
        return size;
    }

    public void append(long value) {
        appendAll(new long[] {value}, 1, 0);
    }

    /** Appends {@code values[0..count)}, each plus {@code addend}, one block at a time. */
    public void appendAll(long[] values, int count, long addend) {
        int i = 0;
        while (i < count) {
            int blockIndex = (int) (size >>> BLOCK_BITS);
            int slot = (int) (size & BLOCK_MASK);
            Block[] table = blocks;
            if (slot == 0) {
                if (blockIndex == table.length) {
                    table = Arrays.copyOf(table, blockIndex * 2);
                }
                table[blockIndex] = new IntBlock(blockIndex == 0 ? FIRST_CAPACITY : BLOCK_SIZE);
                blocks = table;
            }
            int n = Math.min(count - i, BLOCK_SIZE - slot);
            int stored = table[blockIndex].setRange(slot, values, i, n, addend);
            if (stored < n) {
                LongBlock wide = new LongBlock(table[blockIndex], slot + stored);
                stored += wide.setRange(slot + stored, values, i + stored, n - stored, addend);
                table[blockIndex] = wide;
                blocks = table; // republish: the wide block's contents must be visible with it
            }
            size += stored;
            i += stored;
        }
    }

    /**
     * Forgets the values from {@code newSize} on, so that others can be appended in their place (a filter
     * result whose last entries are decided again). Blocks are kept: a block's values are stored relative to
     * its first, which stays, so the values appended next fit it as before.
     */
    public void truncate(long newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("cannot truncate " + size + " values to " + newSize);
        }
        size = newSize;
    }

    public long get(long index) {
        return blocks[(int) (index >>> BLOCK_BITS)].get((int) (index & BLOCK_MASK));
    }

    /** Bytes held, for memory reports. */
    public long memoryBytes() {
        Block[] table = blocks;
        long bytes = 16L + table.length * 8L;
        for (Block block : table) {
            bytes += block == null ? 0 : block.memoryBytes();
        }
        return bytes;
    }

    private interface Block {
        long get(int slot);

        /** Stores values from {@code slot} on; returns how many fit before one could not be represented. */
        int setRange(int slot, long[] values, int from, int count, long addend);

        long memoryBytes();
    }

    private static final class IntBlock implements Block {
        private volatile int[] deltas;
        private long base = Long.MIN_VALUE;

        IntBlock(int capacity) {
            deltas = new int[capacity];
        }

        @Override
        public long memoryBytes() {
            return deltas.length * 4L + 32;
        }

        @Override
        public long get(int slot) {
            int delta = deltas[slot];
            return delta == MISSING_DELTA ? Long.MIN_VALUE : base + delta;
        }

        @Override
        public int setRange(int slot, long[] values, int from, int count, long addend) {
            int[] target = deltas;
            if (slot + count > target.length) {
                target = Arrays.copyOf(target, Math.min(BLOCK_SIZE, Math.max(slot + count, target.length * 2)));
            }
            int stored = count;
            for (int k = 0; k < count; k++) {
                long value = values[from + k] + addend;
                if (value == Long.MIN_VALUE) {
                    target[slot + k] = MISSING_DELTA;
                    continue;
                }
                if (base == Long.MIN_VALUE) {
                    base = value;
                }
                long delta = value - base;
                boolean overflowed = ((value ^ base) & (value ^ delta)) < 0;
                if (overflowed || (int) delta != delta || delta == MISSING_DELTA) {
                    stored = k; // this value does not fit an int block
                    break;
                }
                target[slot + k] = (int) delta;
            }
            if (target != deltas) {
                deltas = target;
            }
            return stored;
        }
    }

    private static final class LongBlock implements Block {
        private volatile long[] values;

        LongBlock(Block from, int count) {
            long[] copy = new long[Math.max(FIRST_CAPACITY, Math.min(BLOCK_SIZE, count * 2))];
            for (int i = 0; i < count; i++) {
                copy[i] = from.get(i);
            }
            values = copy;
        }

        @Override
        public long memoryBytes() {
            return values.length * 8L + 16;
        }

        @Override
        public long get(int slot) {
            return values[slot];
        }

        @Override
        public int setRange(int slot, long[] source, int from, int count, long addend) {
            long[] target = values;
            if (slot + count > target.length) {
                target = Arrays.copyOf(target, Math.min(BLOCK_SIZE, Math.max(slot + count, target.length * 2)));
            }
            for (int k = 0; k < count; k++) {
                target[slot + k] = source[from + k] + addend;
            }
            if (target != values) {
                values = target;
            }
            return count;
        }
    }
}
