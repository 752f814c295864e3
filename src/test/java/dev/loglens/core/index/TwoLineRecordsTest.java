package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** java.util.logging writes a record's level on its second line; the record still gets it. */
class TwoLineRecordsTest {

    @TempDir
    Path dir;

    @Test
    void julRecordsTakeTheirLevelFromTheirSecondLine() throws Exception {
        Path log = Files.writeString(dir.resolve("server.log"), """
                Oct 10, 2024 11:46:39 AM com.example.Server start
                INFO: listening on port 8080
                Oct 10, 2024 11:46:40 AM com.example.Server handle
                SEVERE: request failed
                java.lang.IllegalStateException: boom
                \tat com.example.Server.handle(Server.java:42)
                Oct 10, 2024 11:46:41 AM com.example.Server stop
                WARNING: shutting down
                """);
        try (LogFile file = LogFile.open(log)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(file, IndexListener.NONE, Cancellation.none());
            assertThat(index.format().id()).isEqualTo("java-jul");
            assertThat(index.recordCount()).isEqualTo(3);
            assertThat(index.level(0).name()).isEqualTo("INFO");
            assertThat(index.level(1).name()).isEqualTo("SEVERE");
            assertThat(index.level(1).severity()).isEqualTo(40);
            assertThat(index.level(2).name()).isEqualTo("WARNING");
            assertThat(index.lineCountOf(1)).isEqualTo(4);
        }
    }
}
