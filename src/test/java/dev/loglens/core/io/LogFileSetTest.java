package dev.loglens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.task.Cancellation;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rotated set opened as one log: its files' bytes one after another, indexed and read as one. */
class LogFileSetTest {

    @TempDir
    Path dir;

    @Test
    void aSetReadsAcrossItsFilesAndIndexesAsOneLog() throws Exception {
        Path oldest = Files.writeString(dir.resolve("app.log.2"), "2024-10-10 10:00:00,000 - app - INFO - one\n");
        Path middle = dir.resolve("app.log.1.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(middle))) {
            out.write(("2024-10-10 11:00:00,000 - app - ERROR - two\nTraceback (most recent call last):\n"
                    + "ValueError: bad\n").getBytes(StandardCharsets.UTF_8));
        }
        Path live = Files.writeString(dir.resolve("app.log"), "2024-10-10 12:00:00,000 - app - INFO - three\n");
        assertThat(RotatedSet.of(live)).containsExactly(oldest, middle, live);

        try (LogFile set = LogFile.openSet(RotatedSet.of(live))) {
            assertThat(set.fileCount()).isEqualTo(3);
            assertThat(set.path()).isEqualTo(live);
            byte[] all = new byte[(int) set.size()];
            assertThat(set.read(0, all, 0, all.length)).isEqualTo(all.length);
            assertThat(new String(all, StandardCharsets.UTF_8)).isEqualTo(Files.readString(oldest)
                    + "2024-10-10 11:00:00,000 - app - ERROR - two\nTraceback (most recent call last):\nValueError: bad\n"
                    + Files.readString(live));
            byte[] across = new byte[10];
            int boundary = (int) Files.size(oldest);
            set.read(boundary - 5, across, 0, 10);
            assertThat(new String(across, StandardCharsets.UTF_8)).isEqualTo(" one\n2024-");

            RecordIndex index = FileIndexer.withBuiltInFormats().index(set, IndexListener.NONE, Cancellation.none());
            RecordReader reader = new RecordReader(set, index);
            assertThat(index.recordCount()).isEqualTo(3);
            assertThat(reader.text(0, 1000)).endsWith("one");
            assertThat(index.level(1).name()).isEqualTo("ERROR");
            assertThat(index.lineCountOf(1)).isEqualTo(3);
            assertThat(reader.text(2, 1000)).endsWith("three");
        }
    }

    @Test
    void aMissingFileInTheSetGetsAClearMessage() throws Exception {
        Path live = Files.writeString(dir.resolve("svc.log"), "x\n");
        assertThatThrownBy(() -> LogFile.openSet(List.of(dir.resolve("svc.log.1"), live)))
                .isInstanceOf(LogFileException.class).hasMessageContaining("svc.log.1").hasMessageContaining("no such file");
    }
}
