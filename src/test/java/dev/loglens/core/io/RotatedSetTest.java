package dev.loglens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatedSetTest {

    @TempDir
    Path dir;

    private Path touch(String name) throws Exception {
        return Files.writeString(dir.resolve(name), name + "\n");
    }

    @Test
    void numberedGenerationsComeOldestFirstThenTheLiveFile() throws Exception {
        Path live = touch("app.log");
        touch("app.log.1");
        touch("app.log.10");
        touch("app.log.2.gz");
        touch("app.log.3.zst");
        touch("app.log.bak");
        touch("other.log.1");
        assertThat(RotatedSet.of(live)).extracting(p -> p.getFileName().toString())
                .containsExactly("app.log.10", "app.log.3.zst", "app.log.2.gz", "app.log.1", "app.log");
    }

    @Test
    void timedRotationsComeInDateOrder() throws Exception {
        Path live = touch("train.log");
        touch("train.log.2024-10-11");
        touch("train.log.2024-10-09_23-00");
        touch("train.log.2024-10-10");
        assertThat(RotatedSet.of(live)).extracting(p -> p.getFileName().toString())
                .containsExactly("train.log.2024-10-09_23-00", "train.log.2024-10-10", "train.log.2024-10-11", "train.log");
    }

    @Test
    void aLogWithoutRotationsIsASetOfOne() throws Exception {
        Path live = touch("solo.log");
        assertThat(RotatedSet.of(live)).containsExactly(live);
    }

    @Test
    void aGzipFileIsReadThroughATemporaryCopyThatIsDeletedOnClose() throws Exception {
        Path gz = dir.resolve("app.log.2.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("INFO:app:one\nINFO:app:two\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Path> before;
        try (LogFile file = LogFile.open(gz)) {
            assertThat(file.wasCompressed()).isTrue();
            assertThat(file.size()).isEqualTo(26);
            byte[] head = new byte[12];
            file.read(0, head, 0, 12);
            assertThat(new String(head, StandardCharsets.UTF_8)).isEqualTo("INFO:app:one");
            before = List.of(gz);
        }
        assertThat(Files.list(Path.of(System.getProperty("java.io.tmpdir")))
                .filter(p -> p.getFileName().toString().contains("app.log.2.gz"))).isEmpty();
        assertThat(before).allSatisfy(p -> assertThat(p).exists());
    }

    @Test
    void bzip2XzAndZstandardLogsAreReadToo() throws Exception {
        byte[] text = "INFO:app:one\nINFO:app:two\n".getBytes(StandardCharsets.UTF_8);
        Path bz2 = dir.resolve("app.log.3.bz2");
        try (OutputStream out = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(
                Files.newOutputStream(bz2))) {
            out.write(text);
        }
        Path xz = dir.resolve("app.log.4.xz");
        try (OutputStream out = new org.apache.commons.compress.compressors.xz.XZCompressorOutputStream(
                Files.newOutputStream(xz))) {
            out.write(text);
        }
        // What the zstd command (the reference implementation) writes for the text, at level 19.
        Path zst = Files.write(dir.resolve("app.log.5.zst"), new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0x04,
            0x68, (byte) 0xbd, 0x00, 0x00, (byte) 0x88, 0x49, 0x4e, 0x46, 0x4f, 0x3a, 0x61, 0x70, 0x70, 0x3a, 0x6f, 0x6e,
            0x65, 0x0a, 0x74, 0x77, 0x6f, 0x0a, 0x01, 0x00, 0x50, (byte) 0xcc, 0x2f, 0x7b, 0x1e, (byte) 0x86, (byte) 0xb4});
        for (Path compressed : List.of(bz2, xz, zst)) {
            try (LogFile file = LogFile.open(compressed)) {
                assertThat(file.wasCompressed()).as(compressed.toString()).isTrue();
                byte[] read = new byte[(int) file.size()];
                file.read(0, read, 0, read.length);
                assertThat(read).as(compressed.toString()).isEqualTo(text);
            }
        }
    }

    @Test
    void damagedGzipDataGetsAClearMessage() throws Exception {
        Path gz = Files.write(dir.resolve("broken.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogFile.open(gz))
                .isInstanceOf(LogFileException.class).hasMessageContaining("gzip");
    }
}
