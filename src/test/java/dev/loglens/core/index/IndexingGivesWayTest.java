package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loglens.core.format.FormatDetector;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing gives way to a window within a segment, not only between segments: a segment is seconds of work on a slow disk. */
class IndexingGivesWayTest {

    private static final int ONE_SEGMENT = 64 << 20;

    @TempDir
    Path dir;

    @Test
    void theScanOfOneSegmentGivesWayAtEveryRead() throws IOException {
        Path log = writeLog(3 << 20);
        List<String> threads = new CopyOnWriteArrayList<>();
        Cancellation job = new Cancellation(() -> threads.add(Thread.currentThread().getName()));

        try (LogFile file = LogFile.open(log)) {
            new FileIndexer(FormatDetector.builtIn(), 1, ONE_SEGMENT).index(file, IndexListener.NONE, job);
        }

        long reads = Files.size(log) / FileIndexer.SCAN_BUFFER;
        assertThat(threads.stream().filter(name -> name.equals("loglens-indexer")).count())
                .as("gives way from the scanning thread at each of its reads").isGreaterThanOrEqualTo(reads);
    }

    @Test
    void aViewClosedInTheMiddleOfASegmentStopsItsScan() throws IOException {
        Path log = writeLog(3 << 20);
        Cancellation[] job = new Cancellation[1];
        AtomicLong steps = new AtomicLong();
        job[0] = new Cancellation(() -> {
            if (steps.incrementAndGet() == 2) {
                job[0].cancel();
            }
        });
        AtomicLong indexedTo = new AtomicLong();

        try (LogFile file = LogFile.open(log)) {
            assertThatThrownBy(() -> new FileIndexer(FormatDetector.builtIn(), 1, ONE_SEGMENT)
                    .index(file, (index, done, total) -> indexedTo.set(done), job[0]))
                    .isInstanceOf(CancellationException.class);
        }

        assertThat(indexedTo).as("no part of the file was published as indexed").hasValue(0);
        assertThat(steps).as("nothing gave way after the cancel").hasValue(2);
    }

    private Path writeLog(int bytes) throws IOException {
        StringBuilder text = new StringBuilder(bytes + 100);
        for (int i = 0; text.length() < bytes; i++) {
            text.append("2024-10-10 11:46:39,123 - app.worker - INFO - request ").append(i).append(" served\n");
        }
        return Files.writeString(dir.resolve("app.log"), text);
    }
}
