package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A followed file: what is appended is indexed onto the index, complete lines only. */
class AppendedIndexTest {

    @TempDir
    Path dir;

    @Test
    void appendedRecordsAndTracebackLinesJoinTheIndex() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), """
                2024-10-10 11:46:39,123 - app - INFO - started
                2024-10-10 11:46:40,000 - app - ERROR - failed
                """);
        try (LogFile file = LogFile.open(log)) {
            FileIndexer indexer = FileIndexer.withBuiltInFormats();
            RecordIndex index = indexer.index(file, IndexListener.NONE, Cancellation.none());
            assertThat(index.recordCount()).isEqualTo(2);

            Files.writeString(log, "Traceback (most recent call last):\nValueError: boom\n"
                    + "2024-10-10 11:46:41,000 - app - WARNING - slow\n2024-10-10 11:46:42,000 - app - INFO - half wr",
                    StandardOpenOption.APPEND);
            long indexed = indexer.indexAppended(file, index);
            assertThat(index.recordCount()).isEqualTo(3);
            assertThat(index.lineCountOf(1)).isEqualTo(3);
            assertThat(index.level(2).name()).isEqualTo("WARNING");
            assertThat(indexed).isEqualTo(Files.size(log) - "2024-10-10 11:46:42,000 - app - INFO - half wr".length());

            Files.writeString(log, "itten\n", StandardOpenOption.APPEND);
            assertThat(indexer.indexAppended(file, index)).isEqualTo(Files.size(log));
            assertThat(index.recordCount()).isEqualTo(4);
            assertThat(index.level(3).name()).isEqualTo("INFO");
            assertThat(index.lineCount()).isEqualTo(6);
            assertThat(indexer.indexAppended(file, index)).isEqualTo(Files.size(log)); // nothing new
        }
    }

    @Test
    void aLevelLineWrittenAfterItsRecordWasIndexedGivesThatRecordItsLevel() throws Exception {
        Path log = Files.writeString(dir.resolve("server.log"), """
                Oct 10, 2024 11:46:39 AM com.example.Server start
                INFO: listening
                Oct 10, 2024 11:46:40 AM com.example.Server stop
                """);
        try (LogFile file = LogFile.open(log)) {
            FileIndexer indexer = FileIndexer.withBuiltInFormats();
            RecordIndex index = indexer.index(file, IndexListener.NONE, Cancellation.none());
            assertThat(index.level(1).name()).isEqualTo("NONE");

            Files.writeString(log, "SEVERE: failed\n", StandardOpenOption.APPEND);
            indexer.indexAppended(file, index);
            assertThat(index.recordCount()).isEqualTo(2);
            assertThat(index.level(1).name()).isEqualTo("SEVERE");
            assertThat(index.countOfLevel(index.levelId(1))).isEqualTo(1);
            assertThat(index.countOfLevel(index.levels().idOf("NONE"))).isZero();
        }
    }
}
