package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.level.Level;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSearchTest {

    private static final String[] LEVELS = {"INFO", "DEBUG", "WARNING", "INFO", "ERROR", "INFO", "CRITICAL"};

    @TempDir
    Path dir;
    private OpenLog log;
    /** The records whose text holds "needle": every seventh, the second of them in its traceback only. */
    private final List<Long> needles = new ArrayList<>();

    @BeforeEach
    void write() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 60; r++) {
            String level = LEVELS[r % LEVELS.length];
            text.append(String.format("2024-10-10 11:46:%02d,000 - app - %s - record %d", r, level, r));
            if (r % 7 == 3 && r != 10) {
                text.append(" needle");
            }
            text.append('\n');
            if (r % 5 == 0) {
                text.append("Traceback (most recent call last):\n  File \"x.py\", line 1\n");
                text.append(r == 10 ? "ValueError: needle\n" : "ValueError: bad\n");
            }
            if (r % 7 == 3) {
                needles.add((long) r);
            }
        }
        log = OpenLog.write(dir.resolve("search.log"), text.toString());
        assertThat(log.index.recordCount()).isEqualTo(60);
    }

    @AfterEach
    void close() throws IOException {
        log.close();
    }

    private long find(RecordSelection selection, long from, Direction direction, int blockSize) throws IOException {
        return new RecordSearch(log.index, log.file, blockSize).find(TextMatcher.literal("needle", true), selection,
                from, direction, Cancellation.none(), ProgressListener.NONE);
    }

    @Test
    void everyStartFindsTheNearestMatchAtOrPastItWithoutWrapping() throws IOException {
        assertThat(needles).contains(10L).hasSize(9);
        for (int blockSize : new int[] {16, 200, RecordBlocks.DEFAULT_BLOCK_SIZE}) {
            for (long from = 0; from < 60; from++) {
                long start = from;
                long next = needles.stream().filter(r -> r >= start).findFirst().orElse(-1L);
                long previous = needles.stream().filter(r -> r <= start).reduce((a, b) -> b).orElse(-1L);
                assertThat(find(null, from, Direction.FORWARD, blockSize)).as("next from %d", from).isEqualTo(next);
                assertThat(find(null, from, Direction.BACKWARD, blockSize)).as("previous from %d", from)
                        .isEqualTo(previous);
            }
        }
    }

    @Test
    void startsOutsideTheRowsAreBroughtIn() throws IOException {
        int block = RecordBlocks.DEFAULT_BLOCK_SIZE;
        assertThat(find(null, -5, Direction.FORWARD, block)).isEqualTo(3);
        assertThat(find(null, 500, Direction.BACKWARD, block)).isEqualTo(59);
        assertThat(find(null, 500, Direction.FORWARD, block)).isEqualTo(-1);
        assertThat(find(null, -1, Direction.BACKWARD, block)).isEqualTo(-1);
    }

    @Test
    void searchWithinASelectionGivesItsRows() throws IOException {
        // Records 1 and 10 to 19 are not shown, and with them the needles 10 and 17.
        RecordSelection selection = new RecordSelection();
        RecordFilter filter = RecordFilter.all().withExcludes(List.of(TextMatcher.literal("record 1", true)));
        new FilterRun(log.index, log.file, filter).run(selection, 0, 60, Cancellation.none(), ProgressListener.NONE);
        List<Long> shownNeedles = needles.stream().filter(r -> r != 1 && (r < 10 || r > 19)).toList();
        assertThat(shownNeedles).hasSize(needles.size() - 2);

        long row = find(selection, 0, Direction.FORWARD, 64);
        List<Long> found = new ArrayList<>();
        while (row >= 0) {
            found.add(selection.get(row));
            row = find(selection, row + 1, Direction.FORWARD, 64);
        }
        assertThat(found).isEqualTo(shownNeedles);
        assertThat(find(selection, selection.indexOf(9), Direction.FORWARD, 64)).isEqualTo(selection.indexOf(24));
        assertThat(find(selection, selection.indexOf(23), Direction.BACKWARD, 64)).isEqualTo(selection.indexOf(3));
        long last = selection.indexOf(shownNeedles.get(shownNeedles.size() - 1));
        assertThat(find(selection, selection.size() - 1, Direction.BACKWARD, 64)).isEqualTo(last);
    }

    @Test
    void nextErrorJumpsToErrorOrWorseUsingTheIndex() {
        int severity = Level.ERROR.severity();
        // ERROR at r % 7 == 4, CRITICAL at r % 7 == 6
        assertThat(RecordSearch.nextWithLevelAtLeast(log.index, null, 0, Direction.FORWARD, severity)).isEqualTo(4);
        assertThat(RecordSearch.nextWithLevelAtLeast(log.index, null, 5, Direction.FORWARD, severity)).isEqualTo(6);
        assertThat(RecordSearch.nextWithLevelAtLeast(log.index, null, 6, Direction.FORWARD, severity)).isEqualTo(6);
        assertThat(RecordSearch.nextWithLevelAtLeast(log.index, null, 10, Direction.BACKWARD, severity)).isEqualTo(6);
        assertThat(RecordSearch.nextWithLevelAtLeast(log.index, null, 3, Direction.BACKWARD, severity)).isEqualTo(-1);
        assertThat(RecordSearch.nextWithLevelAtLeast(log.index, null, 56, Direction.FORWARD, severity)).isEqualTo(-1);
        assertThat(RecordSearch.nextWithLevelAtLeast(log.index, null, 56, Direction.FORWARD, Level.WARNING.severity()))
                .isEqualTo(58);
    }

    @Test
    void nextErrorWithinASelectionGivesItsRow() throws IOException {
        RecordSelection selection = new RecordSelection();
        RecordFilter filter = RecordFilter.all().withLevelShown(log.levelId("ERROR"), false);
        new FilterRun(log.index, log.file, filter).run(selection, 0, 60, Cancellation.none(), ProgressListener.NONE);

        long row = RecordSearch.nextWithLevelAtLeast(log.index, selection, 0, Direction.FORWARD,
                Level.ERROR.severity());
        assertThat(selection.get(row)).isEqualTo(6); // the ERROR at 4 is not shown
        assertThat(row).isEqualTo(5);
    }
}
