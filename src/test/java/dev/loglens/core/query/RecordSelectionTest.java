package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordSelectionTest {

    /** A selection of every third record from 5 on: 5, 8, 11, ... */
    private static RecordSelection everyThird(int rows) {
        RecordSelection selection = new RecordSelection();
        long[] batch = new long[1000];
        int count = 0;
        for (int i = 0; i < rows; i++) {
            batch[count++] = 5 + 3L * i;
            if (count == batch.length) {
                selection.append(batch, count);
                count = 0;
            }
        }
        selection.append(batch, count);
        return selection;
    }

    @Test
    void rowsHoldTheirRecordsInOrder() {
        RecordSelection selection = everyThird(2_500_000); // more than one block of the column

        assertThat(selection.size()).isEqualTo(2_500_000);
        assertThat(selection.get(0)).isEqualTo(5);
        assertThat(selection.get(1_234_567)).isEqualTo(5 + 3L * 1_234_567);
        assertThat(selection.get(2_499_999)).isEqualTo(5 + 3L * 2_499_999);
        assertThatThrownBy(() -> selection.get(2_500_000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> selection.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theRowOfARecordIsFoundByBinarySearch() {
        RecordSelection selection = everyThird(2_500_000);

        assertThat(selection.indexOf(5)).isZero();
        assertThat(selection.indexOf(5 + 3L * 2_000_001)).isEqualTo(2_000_001);
        assertThat(selection.indexOf(6)).isEqualTo(-1);
        assertThat(selection.indexOf(4)).isEqualTo(-1);
        assertThat(selection.indexOf(Long.MAX_VALUE)).isEqualTo(-1);
        assertThat(selection.positionAtOrAfter(0)).isZero();
        assertThat(selection.positionAtOrAfter(6)).isEqualTo(1);
        assertThat(selection.positionAtOrAfter(8)).isEqualTo(1);
        assertThat(selection.positionAtOrAfter(9)).isEqualTo(2);
        assertThat(selection.positionAtOrAfter(5 + 3L * 2_499_999 + 1)).isEqualTo(2_500_000);
        assertThat(new RecordSelection().positionAtOrAfter(3)).isZero();
        assertThat(new RecordSelection().indexOf(3)).isEqualTo(-1);
    }

    @Test
    void recordNumbersBeyondTheIntRangeAreKept() {
        RecordSelection selection = new RecordSelection();
        long[] records = {3, 1L << 31, (1L << 32) + 7, 5_000_000_000L, 1L << 40};
        selection.append(records, records.length);

        assertThat(OpenLog.rows(selection)).containsExactly(3L, 1L << 31, (1L << 32) + 7, 5_000_000_000L, 1L << 40);
        assertThat(selection.indexOf(5_000_000_000L)).isEqualTo(3);
        assertThat(selection.positionAtOrAfter(5_000_000_001L)).isEqualTo(4);
    }

    @Test
    void recordsMustComeInOrder() {
        RecordSelection selection = everyThird(3);
        assertThatThrownBy(() -> selection.append(new long[] {11}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(selection.size()).isEqualTo(3);
    }

    @Test
    void droppingFromARecordKeepsTheRowsBeforeIt() {
        RecordSelection selection = everyThird(10); // 5 8 11 14 17 20 23 26 29 32

        selection.dropFrom(33);
        assertThat(selection.size()).isEqualTo(10);
        selection.dropFrom(21);
        assertThat(OpenLog.rows(selection)).containsExactly(5L, 8L, 11L, 14L, 17L, 20L);
        selection.dropFrom(20);
        selection.append(new long[] {21, 40}, 2);
        assertThat(OpenLog.rows(selection)).containsExactly(5L, 8L, 11L, 14L, 17L, 21L, 40L);
        selection.dropFrom(0);
        assertThat(selection.size()).isZero();
    }
}
