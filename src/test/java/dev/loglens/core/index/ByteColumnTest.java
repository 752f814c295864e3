package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteColumnTest {

    @Test
    void valuesAcrossSeveralBlocksReadBack() {
        ByteColumn column = new ByteColumn();
        int n = 9_000_005; // several blocks whatever their size, and growth of the first one
        byte[] expected = new byte[n];
        new Random(3).nextBytes(expected);
        for (byte b : expected) {
            column.append(b);
        }
        assertThat(column.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            if (column.get(i) != expected[i]) {
                assertThat(column.get(i)).as("value %d", i).isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void appendAllInChunksEqualsAppendingOneByOne() {
        Random random = new Random(4);
        int n = 5_000_000;
        byte[] expected = new byte[n];
        random.nextBytes(expected);
        ByteColumn column = new ByteColumn();
        int at = 0;
        while (at < n) {
            int count = Math.min(n - at, 1 + random.nextInt(random.nextBoolean() ? 100 : 300_000));
            byte[] chunk = java.util.Arrays.copyOfRange(expected, at, at + count + 2);
            column.appendAll(chunk, count);
            at += count;
            if (random.nextInt(10) == 0 && at < n) {
                column.append(expected[at++]);
            }
        }
        assertThat(column.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            if (column.get(i) != expected[i]) {
                assertThat(column.get(i)).as("value %d", i).isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void levelIdsAboveOneHundredTwentySevenKeepTheirBits() {
        ByteColumn column = new ByteColumn();
        column.append((byte) 200);
        column.append((byte) -1);
        assertThat(column.get(0) & 0xFF).isEqualTo(200);
        assertThat(column.get(1) & 0xFF).isEqualTo(255);
    }
}
