package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loglens.core.task.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FilterRunTest {

    /** Blocks far smaller than a record, about a record, and the default: every result must be the same. */
    private static final int[] BLOCK_SIZES = {7, 64, 300, RecordBlocks.DEFAULT_BLOCK_SIZE};

    /** Record 0 is the preamble: no level, no time, no logger. */
    private static final String LOG = """
            starting worker pid=4242
            2024-10-10 11:46:39,000 - app - INFO - service started
            2024-10-10 11:46:40,000 - app.db - ERROR - query failed: timeout
            Traceback (most recent call last):
              File "db.py", line 12, in run
            ZeroDivisionError: division by zero
            2024-10-10 11:46:41,000 - app.db.pool - WARNING - pool exhausted, retry
            2024-10-10 11:46:42,000 - app.dbx - INFO - unrelated Database
            2024-10-10 11:46:43,000 - worker-3 - DEBUG - picked job 7
            2024-10-10 11:46:44,000 - app - CRITICAL - giving up after timeout
            """;

    @TempDir
    Path dir;

    /** The records the filter passes, checked to be the same at every block size. */
    private static List<Long> rows(OpenLog log, RecordFilter filter) throws IOException {
        List<Long> rows = log.filter(filter, RecordBlocks.DEFAULT_BLOCK_SIZE);
        for (int blockSize : BLOCK_SIZES) {
            assertThat(log.filter(filter, blockSize)).as("block size %d", blockSize).isEqualTo(rows);
        }
        return rows;
    }

    private static RecordFilter including(TextMatcher... terms) {
        return RecordFilter.all().withIncludes(List.of(terms));
    }

    private static long millis(int second) {
        return LocalDateTime.of(2024, 10, 10, 11, 46, second).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @Test
    void emptyFilterPassesEveryRecord() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            assertThat(log.index.recordCount()).isEqualTo(7);
            assertThat(rows(log, RecordFilter.all())).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        }
    }

    @Test
    void includeTermsMustAllMatch() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            assertThat(rows(log, including(TextMatcher.literal("timeout", true)))).containsExactly(2L, 6L);
            assertThat(rows(log, including(TextMatcher.literal("timeout", true), TextMatcher.literal("app.db", true))))
                    .containsExactly(2L);
            assertThat(rows(log, including(TextMatcher.literal("timeout", true), TextMatcher.literal("pool", true))))
                    .isEmpty();
        }
    }

    @Test
    void excludeTermsMustAllMiss() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            RecordFilter filter = RecordFilter.all().withExcludes(List.of(TextMatcher.literal("app.db", true),
                    TextMatcher.regex("^starting", true)));
            assertThat(rows(log, filter)).containsExactly(1L, 5L, 6L);
            assertThat(rows(log, filter.withIncludes(List.of(TextMatcher.literal("app", true)))))
                    .containsExactly(1L, 6L);
        }
    }

    @Test
    void caseOptionAndRegexAreTheTerms() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            assertThat(rows(log, including(TextMatcher.literal("database", true)))).isEmpty();
            assertThat(rows(log, including(TextMatcher.literal("database", false)))).containsExactly(4L);
            assertThat(rows(log, including(TextMatcher.regex("app\\.db(\\.| )", true)))).containsExactly(2L, 3L);
            assertThat(rows(log, including(TextMatcher.literal("app.db ", true)))).containsExactly(2L);
        }
    }

    @Test
    void termInATracebackLineFindsItsRecord() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            assertThat(rows(log, including(TextMatcher.literal("ZeroDivisionError", true)))).containsExactly(2L);
            assertThat(rows(log, including(TextMatcher.regex("^\\s+File \"db\\.py\"", true)))).containsExactly(2L);
            RecordFilter errorsWithTrace = including(TextMatcher.literal("traceback", false))
                    .withOnlyLevels(log.levelId("ERROR"));
            assertThat(rows(log, errorsWithTrace)).containsExactly(2L);
        }
    }

    @Test
    void textAcrossTwoRecordsIsInNeither() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            assertThat(rows(log, including(TextMatcher.literal("timeout\nTraceback", true)))).containsExactly(2L);
            assertThat(rows(log, including(TextMatcher.literal("retry\n2024", true)))).isEmpty();
            assertThat(rows(log, including(TextMatcher.regex("retry\\s+2024", true)))).isEmpty();
            assertThat(rows(log, RecordFilter.all().withExcludes(List.of(TextMatcher.literal("retry\n2024", true)))))
                    .hasSize(7);
        }
    }

    @Test
    void loggerPrefixTakesTheLoggerAndItsChildrenOnly() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix("app.db"))).containsExactly(2L, 3L);
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix("app"))).containsExactly(1L, 2L, 3L, 4L, 6L);
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix("app."))).containsExactly(2L, 3L, 4L);
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix("app.db.pool"))).containsExactly(3L);
            // a name without dots passes any prefix it starts with; a dotted one only whole components
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix("worker"))).containsExactly(5L);
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix("ap"))).containsExactly(1L, 6L);
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix(" "))).hasSize(7); // blank: any logger
        }
    }

    @Test
    void loggerOfAJsonLogIsReadWithoutItsQuotes() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.jsonl"), OpenLog.JSON_LOGGERS)) {
            assertThat(log.index.format().id()).isEqualTo("json-lines");
            assertThat(rows(log, RecordFilter.all().withLoggerPrefix("app.db"))).containsExactly(0L, 2L, 4L);
        }
    }

    @Test
    void timeRangeIncludesItsStartAndExcludesItsEnd() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            assertThat(rows(log, RecordFilter.all().withTimeRange(millis(40), millis(42)))).containsExactly(2L, 3L);
            assertThat(rows(log, RecordFilter.all().withTimeRange(millis(40), millis(40) + 1))).containsExactly(2L);
            assertThat(rows(log, RecordFilter.all().withTimeRange(millis(40), millis(40)))).isEmpty();
            assertThat(rows(log, RecordFilter.all().withTimeRange(millis(43), RecordFilter.NO_UPPER_BOUND)))
                    .containsExactly(5L, 6L);
            assertThat(rows(log, RecordFilter.all().withTimeRange(RecordFilter.NO_LOWER_BOUND, millis(40))))
                    .containsExactly(1L);
        }
        assertThatThrownBy(() -> RecordFilter.all().withTimeRange(millis(42), millis(40)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the time range ends before it starts");
    }

    @Test
    void recordsWithoutTimePassOnlyAnUnboundedRange() throws IOException {
        String untimed = "WARNING:root:disk almost full\nINFO:app:loss = 0.69\n  continued\n";
        try (OpenLog log = OpenLog.write(dir.resolve("basic.log"), untimed)) {
            assertThat(log.index.format().id()).isEqualTo("python-basic");
            RecordFilter unbounded = RecordFilter.all().withTimeRange(RecordFilter.NO_LOWER_BOUND,
                    RecordFilter.NO_UPPER_BOUND);
            assertThat(rows(log, unbounded)).containsExactly(0L, 1L);
            assertThat(rows(log, RecordFilter.all().withTimeRange(RecordFilter.NO_LOWER_BOUND, Long.MAX_VALUE - 1)))
                    .isEmpty();
            assertThat(rows(log, RecordFilter.all().withTimeRange(0, RecordFilter.NO_UPPER_BOUND))).isEmpty();
        }
    }

    @Test
    void levelSetShowsTheChosenLevels() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            int error = log.levelId("ERROR");
            int critical = log.levelId("CRITICAL");
            RecordFilter severe = RecordFilter.all().withOnlyLevels(error, critical);
            assertThat(rows(log, severe)).containsExactly(2L, 6L);
            assertThat(rows(log, severe.withLevelShown(critical, false))).containsExactly(2L);
            assertThat(rows(log, RecordFilter.all().withLevelShown(log.levelId("INFO"), false)
                    .withLevelShown(log.levelId("NONE"), false))).containsExactly(2L, 3L, 5L, 6L);
            assertThat(severe.showsLevel(error)).isTrue();
            assertThat(severe.showsLevel(log.levelId("INFO"))).isFalse();
        }
    }

    @Test
    void recordsLongerThanABlockAreMatchedWhole() throws IOException {
        String longLine = "2024-10-10 11:46:45,000 - app - INFO - payload " + "p".repeat(20_000) + " END-OF-LINE";
        StringBuilder longTrace = new StringBuilder("2024-10-10 11:46:46,000 - app - ERROR - crash\n");
        for (int i = 0; i < 400; i++) {
            longTrace.append("  File \"frame").append(i).append(".py\", line 1, in f\n");
        }
        longTrace.append("RecursionError: maximum recursion depth exceeded\n");
        try (OpenLog log = OpenLog.write(dir.resolve("long.log"), LOG + longLine + "\n" + longTrace
                + "2024-10-10 11:46:47,000 - app - INFO - finished\n")) {
            assertThat(rows(log, including(TextMatcher.literal("END-OF-LINE", true)))).containsExactly(7L);
            assertThat(rows(log, including(TextMatcher.regex("^RecursionError", true)))).containsExactly(8L);
            assertThat(rows(log, including(TextMatcher.literal("finished", true)))).containsExactly(9L);
        }
    }

    @Test
    void nulsBeforeARecordAreNotPartOfItsText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[500]); // what copytruncate leaves before the first record written after it
        bytes.writeBytes(LOG.substring(LOG.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8));
        try (OpenLog log = OpenLog.write(dir.resolve("truncated.log"), bytes.toByteArray())) {
            assertThat(rows(log, including(TextMatcher.regex("\\A2024-10-10 11:46:39", true)))).containsExactly(0L);
        }
    }

    @Test
    void aLaterRunDecidesTheLastRecordAgainAndAppendsTheNewOnes() throws IOException {
        // The tail as first read ends in an ERROR record whose traceback had not been written yet.
        String before = LOG.substring(0, LOG.indexOf("Traceback"));
        TextMatcher trace = TextMatcher.literal("ZeroDivisionError", true);
        RecordFilter withTrace = including(trace);
        RecordFilter withoutTrace = RecordFilter.all().withExcludes(List.of(trace));
        RecordSelection withSelection = new RecordSelection();
        RecordSelection withoutSelection = new RecordSelection();
        long firstCount;
        try (OpenLog first = OpenLog.write(dir.resolve("v1.log"), before)) {
            firstCount = first.index.recordCount();
            run(first, withTrace, withSelection, 0, firstCount);
            run(first, withoutTrace, withoutSelection, 0, firstCount);
        }
        assertThat(firstCount).isEqualTo(3);
        assertThat(OpenLog.rows(withSelection)).isEmpty();
        assertThat(OpenLog.rows(withoutSelection)).containsExactly(0L, 1L, 2L);

        try (OpenLog grown = OpenLog.write(dir.resolve("v2.log"), LOG + "2024-10-10 11:46:45,000 - app - ERROR - "
                + "again: ZeroDivisionError\n")) {
            long count = grown.index.recordCount();
            run(grown, withTrace, withSelection, firstCount - 1, count);
            run(grown, withoutTrace, withoutSelection, firstCount - 1, count);

            assertThat(OpenLog.rows(withSelection)).containsExactly(2L, 7L).isEqualTo(rows(grown, withTrace));
            assertThat(OpenLog.rows(withoutSelection)).containsExactly(0L, 1L, 3L, 4L, 5L, 6L)
                    .isEqualTo(rows(grown, withoutTrace));
        }
    }

    private static void run(OpenLog log, RecordFilter filter, RecordSelection into, long from, long to)
            throws IOException {
        new FilterRun(log.index, log.file, filter, 64).run(into, from, to, Cancellation.none(), ProgressListener.NONE);
    }

    @Test
    void runOfPartOfTheIndexLooksAtThosePartsOnly() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            RecordSelection selection = new RecordSelection();
            run(log, RecordFilter.all(), selection, 2, 5);
            assertThat(OpenLog.rows(selection)).containsExactly(2L, 3L, 4L);
            assertThatThrownBy(() -> run(log, RecordFilter.all(), selection, 2, 8))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void cancellationStopsARunAndKeepsTheRowsFoundBeforeIt() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG.repeat(200))) {
            RecordFilter filter = including(TextMatcher.literal("app", true));
            List<Long> all = rows(log, filter);
            Cancellation cancellation = Cancellation.none();
            cancellation.cancel();
            RecordSelection selection = new RecordSelection();
            FilterRun run = new FilterRun(log.index, log.file, filter);

            assertThatThrownBy(() -> run.run(selection, 0, log.index.recordCount(), cancellation,
                    ProgressListener.NONE))
                    .isInstanceOf(CancellationException.class);
            assertThat(selection.size()).isPositive().isLessThan(all.size());
            assertThat(OpenLog.rows(selection)).isEqualTo(all.subList(0, (int) selection.size()));
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void regexThatTakesTooLongNamesTheRecordsLine() throws IOException {
        String log = LOG + "2024-10-10 11:46:45,000 - app - INFO - " + "a".repeat(40) + "\n";
        try (OpenLog open = OpenLog.write(dir.resolve("app.log"), log)) {
            TextMatcher slow = TextMatcher.regex("(.*a){20}x", true).withTimeout(TimeUnit.MILLISECONDS.toNanos(200));
            FilterRun run = new FilterRun(open.index, open.file, including(slow));

            assertThatThrownBy(() -> run.run(new RecordSelection(), 0, open.index.recordCount(), Cancellation.none(),
                    ProgressListener.NONE))
                    .isInstanceOf(RegexTimeoutException.class)
                    .hasMessage("the regular expression takes too long on the record at line 11; simplify it")
                    .extracting(e -> ((RegexTimeoutException) e).record()).isEqualTo(7L);
        }
    }

    @Test
    void progressEndsWithEveryRecordDone() throws IOException {
        try (OpenLog log = OpenLog.write(dir.resolve("app.log"), LOG)) {
            List<long[]> reports = new ArrayList<>();
            new FilterRun(log.index, log.file, RecordFilter.all()).run(new RecordSelection(), 1, 7, Cancellation.none(),
                    (done, total) -> reports.add(new long[] {done, total}));
            assertThat(reports).isNotEmpty();
            assertThat(reports.get(reports.size() - 1)).containsExactly(6, 6);
        }
    }
}
