package dev.loglens.core.index;

import static dev.loglens.core.index.LogFixture.index;
import static dev.loglens.core.index.LogFixture.millis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times written without a date (Bitnami's preamble) in a log whose other records are dated (Spark's lines). */
class DatelessTimesTest {

    private static final String CONTAINER_LOG = """
            spark 21:46:23.78 INFO  ==> Welcome to the Bitnami spark container
            spark 21:46:23.80 INFO  ==> Generating Spark configuration file...
            24/12/03 21:46:24 INFO Master: Started daemon with process name: 41@4c1d08925f0a
            24/12/03 21:46:24 INFO SignalUtils: Registering signal handler for TERM
            24/12/03 23:59:25 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform
            spark 00:00:03.10 INFO  ==> Restarting the master
            24/12/04 00:00:04 INFO SecurityManager: Changing view acls to: spark
            """;

    @TempDir
    Path dir;

    @Test
    void dateLessTimesTakeTheDateOfTheDatedRecordsAroundThem() throws IOException {
        RecordIndex index = index(write("container.log", CONTAINER_LOG));

        assertThat(index.format().id()).isEqualTo("java-spark+bitnami");
        // Before the first dated record: its date, not the file's modification date.
        assertThat(index.wallMillis(0)).isEqualTo(millis(LocalDateTime.of(2024, 12, 3, 21, 46, 23, 780_000_000)));
        assertThat(index.wallMillis(1)).isEqualTo(millis(LocalDateTime.of(2024, 12, 3, 21, 46, 23, 800_000_000)));
        // After a dated record whose clock was near midnight: the next day.
        assertThat(index.wallMillis(5)).isEqualTo(millis(LocalDateTime.of(2024, 12, 4, 0, 0, 3, 100_000_000)));
    }

    @Test
    void aLogWithoutDatesIsReadInItsModificationDate() throws IOException {
        Path file = write("preamble.log", """
                spark 23:59:58.10 INFO  ==> Welcome to the Bitnami spark container
                spark 00:00:01.20 INFO  ==> Generating Spark configuration file...
                """);
        Files.setLastModifiedTime(file, FileTime.from(LocalDateTime.of(2025, 3, 7, 9, 0).toInstant(ZoneOffset.UTC)));

        RecordIndex index = index(file);

        assertThat(index.format().id()).isEqualTo("bitnami");
        assertThat(index.wallMillis(0)).isEqualTo(millis(LocalDateTime.of(2025, 3, 7, 23, 59, 58, 100_000_000)));
        assertThat(index.wallMillis(1)).isEqualTo(millis(LocalDateTime.of(2025, 3, 7, 0, 0, 1, 200_000_000)));
    }

    @Test
    void appendedDateLessTimesTakeTheDateOfTheLastDatedRecord() throws IOException {
        Path file = write("container.log", CONTAINER_LOG);
        FileIndexer indexer = FileIndexer.withBuiltInFormats();
        try (LogFile log = LogFile.open(file)) {
            RecordIndex index = indexer.index(log, IndexListener.NONE, Cancellation.none());
            Files.writeString(file, "spark 00:01:00.00 INFO  ==> Stopping the master\n", StandardOpenOption.APPEND);

            indexer.indexAppended(log, index);

            assertThat(index.recordCount()).isEqualTo(8);
            assertThat(index.wallMillis(7)).isEqualTo(millis(LocalDateTime.of(2024, 12, 4, 0, 1, 0)));
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
