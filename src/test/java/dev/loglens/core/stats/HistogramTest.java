package dev.loglens.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramTest {

    private static final java.time.format.DateTimeFormatter WRITTEN =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    @Test
    void recordsOutOfTimeOrderLandInTheirBucketsAcrossThousandsOfBuckets() throws Exception {
        Random random = new Random(3);
        StringBuilder log = new StringBuilder();
        Map<Long, Long> expected = new TreeMap<>();
        LocalDateTime midday = LocalDateTime.of(2024, 10, 10, 12, 0);
        for (int i = 0; i < 3000; i++) {
            // jumps back and forth over six hours: the counts must grow towards earlier and later buckets
            LocalDateTime time = midday.plusSeconds(random.nextInt(6 * 3600) - 3 * 3600);
            log.append(WRITTEN.format(time)).append(",000 - app - INFO - r").append(i).append('\n');
            long second = time.toLocalTime().toSecondOfDay();
            expected.merge(second, 1L, Long::sum);
        }
        log.append("a line with no time, before which every record has one\n");
        Path file = Files.writeString(dir.resolve("shuffled.log"), log);
        try (LogFile opened = LogFile.open(file)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(opened, IndexListener.NONE, Cancellation.none());
            Histogram histogram = Histogram.count(index, null, 1000, Cancellation.none());
            long first = expected.keySet().iterator().next();
            long last = ((TreeMap<Long, Long>) expected).lastKey();
            assertThat(histogram.bucketCount()).isEqualTo(last - first + 1);
            Map<Long, Long> got = new TreeMap<>();
            long total = 0;
            for (int b = 0; b < histogram.bucketCount(); b++) {
                long secondOfDay = Math.floorMod(histogram.bucketStart(b) / 1000, 86_400);
                if (histogram.total(b) > 0) {
                    got.put(secondOfDay, histogram.total(b));
                }
                total += histogram.total(b);
            }
            assertThat(got.equals(expected)).as("per-second counts equal an independent count").isTrue();
            assertThat(total).isEqualTo(3000);
            assertThat(histogram.maxTotal()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        }
    }

    @Test
    void recordsAppendedToAFollowedLogAreAddedToTheCountsSoFar() throws Exception {
        Path file = dir.resolve("live.log");
        Files.writeString(file, "2024-10-10 11:46:39,000 - app - INFO - a\n2024-10-10 11:46:41,000 - app - ERROR - b\n");
        try (LogFile opened = LogFile.open(file)) {
            FileIndexer indexer = FileIndexer.withBuiltInFormats();
            RecordIndex index = indexer.index(opened, IndexListener.NONE, Cancellation.none());
            Histogram before = Histogram.count(index, null, 1000, Cancellation.none());
            Files.writeString(file, "2024-10-10 11:46:38,000 - app - WARNING - earlier\n"
                    + "2024-10-10 11:46:45,500 - app - INFO - later\n", java.nio.file.StandardOpenOption.APPEND);
            indexer.indexAppended(opened, index);
            Histogram grown = before.withRecordsAppended(index, Cancellation.none());
            Histogram recounted = Histogram.count(index, null, 1000, Cancellation.none());
            assertThat(grown.bucketCount()).isEqualTo(recounted.bucketCount()).isEqualTo(8);
            for (int b = 0; b < grown.bucketCount(); b++) {
                assertThat(grown.bucketStart(b)).isEqualTo(recounted.bucketStart(b));
                for (int level = 0; level < recounted.levelCount(); level++) {
                    assertThat(grown.count(b, level)).isEqualTo(recounted.count(b, level));
                }
            }
            assertThat(grown.recordsCounted()).isEqualTo(4);
        }
    }

    @Test
    void onlyAHistogramOfEveryRecordCanBeGrownWithAppendedOnes() throws Exception {
        Path file = Files.writeString(dir.resolve("some.log"), "2024-10-10 11:46:39,000 - app - INFO - a\n"
                + "2024-10-10 11:46:41,000 - app - ERROR - b\n");
        try (LogFile opened = LogFile.open(file)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(opened, IndexListener.NONE, Cancellation.none());
            assertThat(Histogram.count(index, null, 1000, Cancellation.none()).recordsCounted()).isEqualTo(2);
            assertThat(Histogram.count(index, dev.loglens.core.query.RecordSelection.of(1), 1000, Cancellation.none())
                    .recordsCounted()).isEqualTo(-1);
            assertThat(Histogram.count(index, null, 1000, 0, Long.MAX_VALUE, Cancellation.none()).recordsCounted())
                    .isEqualTo(-1);
            long[] span = Histogram.count(index, null, 1000, Cancellation.none()).timeSpanWithRecordsAppended(index);
            assertThat(span).containsExactly(Histogram.timeSpan(index));
        }
    }

    @Test
    void bucketSizesAreReadAsWritten() {
        assertThat(Histogram.parseSize("1s")).isEqualTo(1000);
        assertThat(Histogram.parseSize("5m")).isEqualTo(300_000);
        assertThat(Histogram.parseSize("1h")).isEqualTo(3_600_000);
        assertThat(Histogram.parseSize("1d")).isEqualTo(86_400_000);
        assertThatThrownBy(() -> Histogram.parseSize("0s")).hasMessageContaining("1s, 30s");
        assertThatThrownBy(() -> Histogram.parseSize("soon")).hasMessageContaining("1s, 30s");
    }
}
