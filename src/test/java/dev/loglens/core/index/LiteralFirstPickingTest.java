package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.io.LogFile;
import dev.loglens.core.query.FilterPicker;
import dev.loglens.core.query.RecordFilter;
import dev.loglens.core.query.TextMatcher;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

    private static boolean pick(Path file, TextMatcher term, List<Long> starts) throws IOException {
        starts.clear();
        PickedRecords sink = new PickedRecords() {
            @Override
            public void begin(RecordIndex index) {
            }

            @Override
            public void picked(long record, long start, long end, byte[] b, int from, int to) {
                starts.add(start);
            }
        };
        RecordFilter filter = RecordFilter.all().withIncludes(List.of(term));
        try (LogFile log = LogFile.open(file)) {
            return LiteralFirstPicking.pick(log, FileIndexer.withBuiltInFormats().detect(log),
                    new RecordPicking(index -> new FilterPicker(filter, level -> true, index), sink), Cancellation.none());
        }
    }
}
