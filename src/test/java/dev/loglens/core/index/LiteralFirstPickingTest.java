package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.loglens.core.format.LogFormat;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.Level;
import dev.loglens.core.query.FilterPicker;
import dev.loglens.core.query.RecordFilter;
import dev.loglens.core.query.TextMatcher;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a text export searches for its term first: a term that few records hold, in a format whose lines start
 * records on their own. (That its picks are an indexed export's is checked with every pick in
 * {@link PickWhileIndexingTest}.)
 */
class LiteralFirstPickingTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2024, 10, 10, 11, 46, 39);

    @TempDir
    Path dir;

    @Test
    void aRareTermIsSearchedForFirstAndACommonOneIsLeftToTheIndexer() throws IOException {
        LogFixture log = LogFixture.lf();
        for (int i = 0; i < 20_000; i++) {
            log.record(T0.plusSeconds(i), "INFO", "app", "request " + i + (i % 500 == 0 ? " status=503" : " status=200"));
        }
        Path file = log.build(true).writeTo(dir.resolve("app.log"));
        List<Long> picked = new ArrayList<>();
        assertThat(pick(file, TextMatcher.regex("status=5\\d\\d", true), picked)).isTrue();
        assertThat(picked).hasSize(40);
        assertThat(pick(file, TextMatcher.literal("status=", true), picked)).isFalse();
        assertThat(pick(file, TextMatcher.regex("[0-9]+ status", true), picked)).isFalse(); // no literal of 3 bytes
    }

    @Test
    void aFormatWhoseLevelIsOnTheSecondLineIsLeftToTheIndexer() throws IOException {
        LogFixture log = LogFixture.lf();
        for (int i = 0; i < 100; i++) {
            log.line("Oct 10, 2024 11:46:" + (10 + i % 50) + " AM app.Main run").line("SEVERE: failed " + i);
        }
        Path file = log.build(true).writeTo(dir.resolve("jul.log"));
        assertThat(pick(file, TextMatcher.literal("failed 7", true), new ArrayList<>())).isFalse();
    }

    @Test
    void aLineAOneLineFormatCannotReadIsARecordWithNoLevel() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            log.append("[Wed Oct 11 14:32:").append(10 + i % 40).append(".123456 2023] [core:notice] [pid 105] started\n");
        }
        log.append("[Wed Oct 11 14:33:00.123456 2023] [core:error] [pid 7] AH00037: needle one\n");
        log.append("a line the format cannot read, with needle two\n");
        Path file = Files.writeString(dir.resolve("error.log"), log);
        RecordFilter filter = RecordFilter.all().withIncludes(List.of(TextMatcher.literal("needle", true)));
        Predicate<Level> errors = level -> level.severity() >= Level.ERROR.severity();
        List<Long> literalFirst = new ArrayList<>();
        try (LogFile opened = LogFile.open(file)) {
            LogFormat format = FileIndexer.withBuiltInFormats().detect(opened);
            assertThat(format.oneLineRecords()).isTrue();
            assertThat(LiteralFirstPicking.pick(opened, format, new RecordPicking(
                    index -> new FilterPicker(filter, errors, index), collectStarts(literalFirst)),
                    Cancellation.none(), LiteralFirstPicking.BLOCK_SIZE, Integer.MAX_VALUE)).isTrue();
        }
        assertThat(literalFirst).containsExactly((long) log.indexOf("[Wed Oct 11 14:33:00"));
    }

    @Test
    void aFileCutShortUnderTheExportEndsItWithAnError() throws IOException {
        Path file = LogFixture.lf()
                .record(T0, "ERROR", "app", "needle before")
                .record(T0.plusSeconds(1), "ERROR", "app", "needle in a long line " + "x".repeat(70_000))
                .record(T0.plusSeconds(2), "INFO", "app", "after")
                .build(true).writeTo(dir.resolve("shrinking.log"));
        RecordFilter filter = RecordFilter.all().withIncludes(List.of(TextMatcher.literal("needle", true)));
        PickedRecords truncating = new PickedRecords() {
            @Override
            public void begin(RecordIndex index) {
            }

            @Override
            public void picked(long record, long start, long end, byte[] b, int from, int to) throws IOException {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(10);
                }
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (LogFile opened = LogFile.open(file)) {
                LogFormat format = FileIndexer.withBuiltInFormats().detect(opened);
                assertThatThrownBy(() -> LiteralFirstPicking.pick(opened, format, new RecordPicking(
                        index -> new FilterPicker(filter, level -> true, index), truncating),
                        Cancellation.none(), LiteralFirstPicking.BLOCK_SIZE, Integer.MAX_VALUE))
                        .isInstanceOf(IOException.class).hasMessageContaining("ended early");
            }
        });
    }

    private static PickedRecords collectStarts(List<Long> starts) {
        return new PickedRecords() {
            @Override
            public void begin(RecordIndex index) {
            }

            @Override
            public void picked(long record, long start, long end, byte[] b, int from, int to) {
                starts.add(start);
            }
        };
    }

    private static boolean pick(Path file, TextMatcher term, List<Long> starts) throws IOException {
        starts.clear();
        PickedRecords sink = collectStarts(starts);
        RecordFilter filter = RecordFilter.all().withIncludes(List.of(term));
        try (LogFile log = LogFile.open(file)) {
            return LiteralFirstPicking.pick(log, FileIndexer.withBuiltInFormats().detect(log),
                    new RecordPicking(index -> new FilterPicker(filter, level -> true, index), sink), Cancellation.none());
        }
    }
}
