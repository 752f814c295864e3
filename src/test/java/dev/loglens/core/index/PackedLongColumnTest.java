package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedLongColumnTest {

    private static final int BLOCK = PackedLongColumn.BLOCK_SIZE;

    @Test
    void newColumnIsEmpty() {
        assertThat(new PackedLongColumn().size()).isZero();
    }

    @Test
    void increasingOffsetsAcrossSeveralBlocksReadBack() {
        PackedLongColumn column = new PackedLongColumn();
        long[] expected = new long[BLOCK * 3 + 17];
        long offset = 0;
        for (int i = 0; i < expected.length; i++) {
            expected[i] = offset;
            column.append(offset);
            offset += 1 + (i * 37L) % 200;
        }
        assertColumn(column, expected);
    }

    @Test
    void offsetsBeyondFourGigabytesReadBack() {
        PackedLongColumn column = new PackedLongColumn();
        long[] expected = new long[BLOCK * 2 + 5];
        long offset = (1L << 32) - 1000;
        for (int i = 0; i < expected.length; i++) {
            expected[i] = offset;
            column.append(offset);
            offset += 97;
        }
        assertColumn(column, expected);
        assertThat(column.get(expected.length - 1)).isGreaterThan(1L << 32);
    }

    @Test
    void deltasThatOverflowAnIntSwitchTheBlockToLongs() {
        long[] expected = {0, 5, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, -1, 10, (1L << 40) + 3, 7};
        PackedLongColumn column = new PackedLongColumn();
        for (long v : expected) {
            column.append(v);
        }
        assertColumn(column, expected);
    }

    @Test
    void deltaOfExactlyIntMinValueIsNotMistakenForMissing() {
        long[] expected = {0, Integer.MIN_VALUE, 3, Integer.MIN_VALUE + 1L, 0};
        PackedLongColumn column = new PackedLongColumn();
        for (long v : expected) {
            column.append(v);
        }
        assertColumn(column, expected);
        assertThat(column.get(1)).isEqualTo(Integer.MIN_VALUE).isNotEqualTo(Long.MIN_VALUE);
    }

    @Test
    void extremeValuesMixedWithMissingMarkersReadBack() {
        long[] expected = {Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 0, Long.MAX_VALUE,
            -1, Long.MIN_VALUE, 1, Long.MAX_VALUE - 1, Long.MIN_VALUE};
        PackedLongColumn column = new PackedLongColumn();
        for (long v : expected) {
            column.append(v);
        }
        assertColumn(column, expected);
    }

    @Test
    void missingTimesBetweenRealTimesStayMissing() {
        PackedLongColumn column = new PackedLongColumn();
        long[] expected = new long[BLOCK + 100];
        long t = 1_728_560_799_123L;
        for (int i = 0; i < expected.length; i++) {
            expected[i] = i % 3 == 0 ? Long.MIN_VALUE : t + i * 10L;
            column.append(expected[i]);
        }
        assertColumn(column, expected);
    }

    @Test
    void blockStartingWithMissingValuesTakesItsBaseFromTheFirstRealValue() {
        long[] expected = {Long.MIN_VALUE, Long.MIN_VALUE, 1_728_560_799_123L, 1_728_560_799_200L, Long.MIN_VALUE,
            1_728_560_799_000L};
        PackedLongColumn column = new PackedLongColumn();
        for (long v : expected) {
            column.append(v);
        }
        assertColumn(column, expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomSequencesMatchAPlainArray(long seed) {
        Random random = new Random(seed);
        int n = BLOCK * 4 + random.nextInt(BLOCK);
        long[] expected = new long[n];
        PackedLongColumn column = new PackedLongColumn();
        long walk = random.nextLong();
        for (int i = 0; i < n; i++) {
            long value;
            switch (random.nextInt(8)) {
                case 0 -> value = Long.MIN_VALUE;
                case 1 -> value = Long.MAX_VALUE;
                case 2 -> value = random.nextLong();
                case 3 -> value = walk += random.nextInt();
                default -> value = walk += random.nextInt(1000);
            }
            // some blocks stay narrow: long runs of small steps only
            if ((i / BLOCK) % 2 == 1) {
                value = walk += random.nextInt(1000);
                if (random.nextInt(50) == 0) {
                    value = Long.MIN_VALUE;
                }
            }
            column.append(value);
            expected[i] = value;
        }
        assertColumn(column, expected);
    }

    @Test
    void closeValuesCostAboutFourBytesEach() {
        PackedLongColumn column = new PackedLongColumn();
        int n = BLOCK * 3; // whole blocks: a block is allocated whole once the first one has grown
        for (int i = 0; i < n; i++) {
            column.append((1L << 33) + i * 120L);
        }
        assertThat(column.memoryBytes()).isLessThan(n * 5L);

        PackedLongColumn wide = new PackedLongColumn();
        Random random = new Random(1);
        for (int i = 0; i < n; i++) {
            wide.append(random.nextLong());
        }
        assertThat(wide.memoryBytes()).isGreaterThanOrEqualTo(n * 8L);
    }

    @Test
    void smallColumnCostsLittle() {
        PackedLongColumn column = new PackedLongColumn();
        for (int i = 0; i < 10; i++) {
            column.append(i);
        }
        assertThat(column.memoryBytes()).isLessThan(64 * 1024);
    }

    @Test
    void wideValueAfterTheFirstBlockHasGrownKeepsEveryEarlierValue() {
        for (int wideAt : new int[] {1023, 1024, 1025, 2047, 2048, 3000, 70_000}) {
            PackedLongColumn column = new PackedLongColumn();
            long[] expected = new long[wideAt + 5000];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = i == wideAt ? Long.MAX_VALUE - i : 5_000_000_000L + i * 3L;
                column.append(expected[i]);
            }
            assertColumn(column, expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 99})
    void appendAllInChunksEqualsAppendingOneByOne(long seed) {
        Random random = new Random(seed);
        int n = BLOCK + BLOCK / 2 + random.nextInt(5000);
        long[] values = new long[n];
        long walk = 1L << 35;
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(200);
            values[i] = kind == 0 ? Long.MIN_VALUE : kind == 1 ? random.nextLong() : (walk += random.nextInt(300));
        }
        long addend = seed * 1_000_000_007L;
        PackedLongColumn bulk = new PackedLongColumn();
        long[] expected = new long[n];
        int at = 0;
        while (at < n) {
            int count = Math.min(n - at, 1 + random.nextInt(random.nextBoolean() ? 50 : 20_000));
            long[] chunk = java.util.Arrays.copyOfRange(values, at, at + count + random.nextInt(3));
            bulk.appendAll(chunk, count, addend);
            for (int k = 0; k < count; k++) {
                expected[at + k] = chunk[k] + addend;
            }
            at += count;
        }
        assertColumn(bulk, expected);
    }

    @Test
    void appendAllKeepsMissingMarkersWhenNothingIsAdded() {
        PackedLongColumn column = new PackedLongColumn();
        long[] times = {1_728_560_799_123L, Long.MIN_VALUE, 1_728_560_799_200L, Long.MIN_VALUE};
        column.appendAll(times, times.length, 0);
        column.append(Long.MIN_VALUE);
        column.appendAll(new long[] {7, 8, 9}, 2, 0);
        assertColumn(column, new long[] {1_728_560_799_123L, Long.MIN_VALUE, 1_728_560_799_200L, Long.MIN_VALUE,
            Long.MIN_VALUE, 7, 8});
    }

    @Test
    void truncatedValuesAreReplacedByTheNextAppended() {
        PackedLongColumn column = new PackedLongColumn();
        long[] values = new long[BLOCK + 10];
        for (int i = 0; i < values.length; i++) {
            values[i] = 3L * i;
            column.append(values[i]);
        }
        column.truncate(BLOCK); // at a block's start: the next value starts a new block
        column.append(1L << 40);
        values[BLOCK] = 1L << 40;
        assertColumn(column, Arrays.copyOf(values, BLOCK + 1));

        column.truncate(5); // inside the first block, whose values stay relative to its first
        column.append(16);
        column.append(Long.MIN_VALUE);
        assertColumn(column, new long[] {0, 3, 6, 9, 12, 16, Long.MIN_VALUE});
        assertThatThrownBy(() -> column.truncate(8)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertColumn(PackedLongColumn column, long[] expected) {
        assertThat(column.size()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (column.get(i) != expected[i]) {
                assertThat(column.get(i)).as("value %d", i).isEqualTo(expected[i]);
            }
        }
    }
}
