package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.query.LoggerCounts.Entry;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggerCountsTest {

    @TempDir
    Path dir;

    private static List<Entry> count(OpenLog log) throws IOException {
        return LoggerCounts.count(log.index, log.file, Cancellation.none(), ProgressListener.NONE);
    }

    @Test
    void everyLoggerWithItsRecordCountSortedByName() throws IOException {
        String text = """
                starting up
                2024-10-10 11:46:39,000 - urllib3 - INFO - one
                2024-10-10 11:46:40,000 - app.db - ERROR - two
                Traceback (most recent call last):
                2024-10-10 11:46:41,000 - app - INFO - three
                2024-10-10 11:46:42,000 - app.db - INFO - four
                2024-10-10 11:46:43,000 - app - INFO - five
                2024-10-10 11:46:44,000 - app.db - INFO - six
                """;
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), text)) {
            assertThat(count(log)).containsExactly(new Entry("app", 2), new Entry("app.db", 3),
                    new Entry("urllib3", 1));
        }
    }

    @Test
    void jsonLoggersLoseTheirQuotes() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.jsonl"), OpenLog.JSON_LOGGERS)) {
            assertThat(count(log)).containsExactly(new Entry("app.db", 2), new Entry("app.db.pool", 1),
                    new Entry("app.dbx", 1));
        }
    }

    @Test
    void formatWithoutLoggersHasNone() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("notes.txt"), "just some text\nand more\n")) {
            assertThat(log.index.format().id()).isEqualTo("plain");
            assertThat(count(log)).isEmpty();
        }
    }
}
