package dev.loglens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    @TempDir
    Path dir;

    @Test
    void readsBytesAtAnyPosition() throws IOException {
        Path path = Files.writeString(dir.resolve("a.log"), "0123456789abcdef");
        try (LogFile file = LogFile.open(path)) {
            assertThat(file.path()).isEqualTo(path);
            assertThat(file.size()).isEqualTo(16);
            byte[] dst = new byte[8];
            assertThat(file.read(10, dst, 2, 4)).isEqualTo(4);
            assertThat(new String(dst, 2, 4, StandardCharsets.US_ASCII)).isEqualTo("abcd");
            assertThat(dst[0]).isZero();
            assertThat(dst[6]).isZero();
        }
    }

    @Test
    void readPastTheEndReturnsOnlyWhatExists() throws IOException {
        Path path = Files.writeString(dir.resolve("a.log"), "hello");
        try (LogFile file = LogFile.open(path)) {
            byte[] dst = new byte[10];
            assertThat(file.read(3, dst, 0, 10)).isEqualTo(2);
            assertThat(new String(dst, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("lo");
            assertThat(file.read(5, dst, 0, 10)).isZero();
            assertThat(file.read(100, dst, 0, 10)).isZero();
        }
    }

    @Test
    void sizeFollowsAFileThatGrowsWhileOpen() throws IOException {
        Path path = Files.writeString(dir.resolve("live.log"), "one\n");
        try (LogFile file = LogFile.open(path)) {
            assertThat(file.size()).isEqualTo(4);
            Files.writeString(path, "two\n", java.nio.file.StandardOpenOption.APPEND);
            assertThat(file.size()).isEqualTo(8);
            byte[] dst = new byte[4];
            assertThat(file.read(4, dst, 0, 4)).isEqualTo(4);
            assertThat(new String(dst, StandardCharsets.US_ASCII)).isEqualTo("two\n");
        }
    }

    @Test
    void directoryIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> LogFile.open(dir))
                .isInstanceOf(LogFileException.class)
                .hasMessage(dir + ": is a directory, not a log file");
    }

    @Test
    void missingFileIsRefusedWithAPlainMessage() {
        Path missing = dir.resolve("nope.log");
        assertThatThrownBy(() -> LogFile.open(missing))
                .isInstanceOf(LogFileException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void unreadableFileIsRefusedWithAPlainMessage() throws IOException {
        Path path = Files.writeString(dir.resolve("secret.log"), "x\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(path), "running as a user who can read any file (root)");
        assertThatThrownBy(() -> LogFile.open(path))
                .isInstanceOf(LogFileException.class)
                .hasMessageContaining("secret.log")
                .hasMessageContaining("permission denied");
    }
}
