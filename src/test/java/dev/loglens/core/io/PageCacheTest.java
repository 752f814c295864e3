package dev.loglens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {

    @TempDir
    Path dir;

    @Test
    void rangesAcrossPagesReadTheFilesBytes() throws IOException {
        byte[] bytes = new byte[PageCache.PAGE_SIZE * 5 + 123];
        new Random(5).nextBytes(bytes);
        Path path = Files.write(dir.resolve("data.log"), bytes);
        Random random = new Random(6);
        try (LogFile file = LogFile.open(path)) {
            PageCache cache = new PageCache(file, 2);
            for (int i = 0; i < 300; i++) {
                int start = random.nextInt(bytes.length);
                int end = start + random.nextInt(Math.min(bytes.length - start, PageCache.PAGE_SIZE * 3) + 1);
                assertThat(cache.read(start, end)).as("[%d, %d)", start, end)
                        .isEqualTo(Arrays.copyOfRange(bytes, start, end));
            }
        }
    }

    @Test
    void rangePastTheEndGivesWhatExists() throws IOException {
        Path path = Files.writeString(dir.resolve("short.log"), "abcdef");
        try (LogFile file = LogFile.open(path)) {
            PageCache cache = new PageCache(file);
            assertThat(cache.read(4, 100)).isEqualTo("ef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(cache.read(6, 10)).isEmpty();
            assertThat(cache.read(PageCache.PAGE_SIZE * 3L, PageCache.PAGE_SIZE * 3L + 5)).isEmpty();
            assertThat(cache.read(3, 3)).isEmpty();
        }
    }

    @Test
    void lastPartialPageShowsBytesAppendedLater() throws IOException {
        Path path = Files.writeString(dir.resolve("live.log"), "line one\n");
        try (LogFile file = LogFile.open(path)) {
            PageCache cache = new PageCache(file);
            assertThat(new String(cache.read(0, 9))).isEqualTo("line one\n");
            Files.writeString(path, "line two\n", StandardOpenOption.APPEND);
            assertThat(new String(cache.read(0, 18))).isEqualTo("line one\nline two\n");
        }
    }
}
