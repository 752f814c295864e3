package dev.loglens.core.index;

import java.util.Arrays;

/**
 * An append-only column of longs (file offsets, times, line numbers) that costs about four bytes a
 * value: values are kept in blocks as int differences from the block's first value, and a block
 * whose values spread too far keeps plain longs instead. Look-up is constant time, and indexes
 * are longs, so a column may hold more than 2<sup>31</sup> values.
 *
 * <p>One thread appends; readers may read any index below a size published to them through a
 * volatile write (see {@link RecordIndex}), because blocks never move their existing values.
 */
public final class PackedLongColumn {

    /**
     * 2<sup>20</sup> values: a full int block is 4 MiB, which G1 (with regions up to 4 MiB, heaps up to 8 GiB)
     * allocates straight into the old generation, so indexing a big file does not spend its time copying the
     * index between GC spaces. The first block grows from small, so a small file costs little.
     */
    static final int BLOCK_BITS = 20;
    private static final int FIRST_CAPACITY = 1024;
    static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;
    /** Stands for {@link Long#MIN_VALUE} (a missing value) inside an int block. */
    private static final int MISSING_DELTA = Integer.MIN_VALUE;

    private Block[] blocks = new Block[8];
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
            if (slot == 0) {
                if (blockIndex == blocks.length) {
                    blocks = Arrays.copyOf(blocks, blockIndex * 2);
                }
                blocks[blockIndex] = new IntBlock(blockIndex == 0 ? FIRST_CAPACITY : BLOCK_SIZE);
            }
            int n = Math.min(count - i, BLOCK_SIZE - slot);
            int stored = blocks[blockIndex].setRange(slot, values, i, n, addend);
            if (stored < n) {
                blocks[blockIndex] = new LongBlock(blocks[blockIndex], slot + stored);
                stored += blocks[blockIndex].setRange(slot + stored, values, i + stored, n - stored, addend);
            }
            size += stored;
            i += stored;
        }
    }

    public long get(long index) {
        return blocks[(int) (index >>> BLOCK_BITS)].get((int) (index & BLOCK_MASK));
    }

    /** Replaces the last value (used when the last record of a live file grows). */
    public void setLast(long value) {
        long index = size - 1;
        int blockIndex = (int) (index >>> BLOCK_BITS);
        int slot = (int) (index & BLOCK_MASK);
        if (!blocks[blockIndex].set(slot, value)) {
            LongBlock wide = new LongBlock(blocks[blockIndex], slot + 1);
            wide.set(slot, value);
            blocks[blockIndex] = wide;
        }
    }

    /** Bytes held, for memory reports. */
    public long memoryBytes() {
        long bytes = 16L + blocks.length * 8L;
        int used = (int) ((size + BLOCK_MASK) >>> BLOCK_BITS);
        for (int i = 0; i < used; i++) {
            bytes += blocks[i].memoryBytes();
        }
        return bytes;
    }

    private interface Block {
        long get(int slot);

        /** Stores the value; false when this block cannot represent it. */
        boolean set(int slot, long value);

        long memoryBytes();

        /** Stores values from {@code slot} on; returns how many fit before one could not be represented. */
        default int setRange(int slot, long[] values, int from, int count, long addend) {
            for (int k = 0; k < count; k++) {
                if (!set(slot + k, values[from + k] + addend)) {
                    return k;
                }
            }
            return count;
        }
    }

    private static final class IntBlock implements Block {
        private int[] deltas;
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

        /** The bulk path the indexer takes for every record: the same rules as {@link #set}, in one loop. */
        @Override
        public int setRange(int slot, long[] values, int from, int count, long addend) {
            if (slot + count > deltas.length) {
                deltas = Arrays.copyOf(deltas, Math.min(BLOCK_SIZE, Math.max(slot + count, deltas.length * 2)));
            }
            for (int k = 0; k < count; k++) {
                long value = values[from + k] + addend;
                if (value == Long.MIN_VALUE) {
                    deltas[slot + k] = MISSING_DELTA;
                    continue;
                }
                if (base == Long.MIN_VALUE) {
                    base = value;
                }
                long delta = value - base;
                boolean overflowed = ((value ^ base) & (value ^ delta)) < 0;
                if (overflowed || (int) delta != delta || delta == MISSING_DELTA) {
                    return k; // this value does not fit an int block
                }
                deltas[slot + k] = (int) delta;
            }
            return count;
        }

        @Override
        public boolean set(int slot, long value) {
            if (value == Long.MIN_VALUE) {
                if (slot >= deltas.length) {
                    deltas = Arrays.copyOf(deltas, Math.min(BLOCK_SIZE, deltas.length * 2));
                }
                deltas[slot] = MISSING_DELTA;
                return true;
            }
            if (base == Long.MIN_VALUE) {
                base = value;
            }
            if (slot >= deltas.length) {
                deltas = Arrays.copyOf(deltas, Math.min(BLOCK_SIZE, deltas.length * 2));
            }
            long delta = value - base;
            boolean overflowed = ((value ^ base) & (value ^ delta)) < 0;
            if (overflowed || delta <= MISSING_DELTA || delta > Integer.MAX_VALUE) {
                return false;
            }
            deltas[slot] = (int) delta;
            return true;
        }
    }

    private static final class LongBlock implements Block {
        private long[] values;

        @Override
        public long memoryBytes() {
            return values.length * 8L + 16;
        }

        LongBlock(Block from, int count) {
            values = new long[Math.max(FIRST_CAPACITY, Math.min(BLOCK_SIZE, count * 2))];
            for (int i = 0; i < count; i++) {
                values[i] = from.get(i);
            }
        }

        @Override
        public long get(int slot) {
            return values[slot];
        }

        @Override
        public boolean set(int slot, long value) {
            if (slot >= values.length) {
                values = Arrays.copyOf(values, Math.min(BLOCK_SIZE, values.length * 2));
            }
            values[slot] = value;
            return true;
        }
    }
}
