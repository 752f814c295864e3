package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.RecordStarts;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.Level;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.query.FilterPicker;
import dev.loglens.core.query.FilterRun;
import dev.loglens.core.query.ProgressListener;
import dev.loglens.core.query.RecordFilter;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.query.TextMatcher;
import dev.loglens.core.task.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records picked while a file is indexed must be exactly those a filter run over the finished index passes,
 * with exactly the file's bytes, whatever the segments: records cut by segment boundaries, preambles, CRLF,
 * NULs, lines longer than the scanner's buffer, a copytruncate hole, a record too big to hold.
 */
class PickWhileIndexingTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2024, 10, 10, 11, 46, 39, 123_000_000);

    /** A filter to pick with; {@code literalFirst}: every record it passes holds a literal it names. */
    private record Pick(String name, RecordFilter filter, Predicate<Level> levels, boolean literalFirst) {
        Pick(String name, RecordFilter filter, Predicate<Level> levels) {
            this(name, filter, levels, false);
        }
    }

    /** Blocks so small that lines and records cross them, one larger than a long line, and the real size. */
    private static final int[] BLOCK_SIZES = {64, 1000, 100_000, LiteralFirstPicking.BLOCK_SIZE};

    @TempDir
    Path dir;

    private static List<Pick> picks() {
        Predicate<Level> all = level -> true;
        return List.of(
                new Pick("everything", RecordFilter.all(), all),
                new Pick("ERROR and worse", RecordFilter.all(), level -> level.severity() >= Level.ERROR.severity()),
                new Pick("a regex in tracebacks", RecordFilter.all().withIncludes(
                        List.of(TextMatcher.regex("Zero\\w+Error", true))), all, true),
                new Pick("ERROR and worse, with a status", RecordFilter.all().withIncludes(
                        List.of(TextMatcher.literal("status", true))),
                        level -> level.severity() >= Level.ERROR.severity(), true),
                new Pick("a literal in either case", RecordFilter.all().withIncludes(
                        List.of(TextMatcher.literal("zeroDIVISIONerror", false))), all, true),
                new Pick("a logger, with a traceback", RecordFilter.all().withLoggerPrefix("app.db").withIncludes(
                        List.of(TextMatcher.regex("Traceback \\(most", true))), all, true),
                new Pick("JSON, in the preamble or a record, but no traceback", RecordFilter.all().withIncludes(
                        List.of(TextMatcher.literal("{\"", true)))
                        .withExcludes(List.of(TextMatcher.literal("Traceback", true))), all, true),
                new Pick("exclude a literal", RecordFilter.all().withExcludes(
                        List.of(TextMatcher.literal("status", false))), all),
                new Pick("a logger", RecordFilter.all().withLoggerPrefix("app.db"), all),
                new Pick("a time range", RecordFilter.all().withTimeRange(LogFixture.millis(T0.plusSeconds(20)),
                        LogFixture.millis(T0.plusSeconds(200))), all),
                new Pick("WARNING only, matching é", RecordFilter.all().withIncludes(
                        List.of(TextMatcher.literal("É", false))), level -> level.name().equals("WARNING")),
                new Pick("the end of each line", RecordFilter.all().withIncludes(
                        List.of(TextMatcher.regex("[0-9]$", true))), all));
    }

    @Test
    void picksWhatAFilterRunPassesWithTheFilesBytes() throws IOException {
        List<LogFixture.Config> tiny = List.of(new LogFixture.Config(1, 16), new LogFixture.Config(2, 200),
                new LogFixture.Config(2, 1000), LogFixture.Config.DEFAULT);
        assertEveryPickAsFilterRun(LogFixture.random(1, 400, "\n", true).build(true)
                .writeTo(dir.resolve("preamble.log")), tiny);
        assertEveryPickAsFilterRun(LogFixture.random(2, 400, "\r\n", false).build(false)
                .writeTo(dir.resolve("crlf.log")), tiny);
        // Segments far smaller than a line longer than the scanner's buffer would each read through it.
        assertEveryPickAsFilterRun(LogFixture.random(3, 60, "\n", false).line("x".repeat(300_000))
                .line("ZeroDivisionError").record(T0.plusSeconds(500), "ERROR", "app.db", "after a long line")
                .build(true).writeTo(dir.resolve("long-line.log")),
                List.of(new LogFixture.Config(2, 4096), new LogFixture.Config(2, 100_000), LogFixture.Config.DEFAULT));
    }

    private static void assertEveryPickAsFilterRun(Path file, List<LogFixture.Config> configs) throws IOException {
        for (LogFixture.Config config : configs) {
            for (Pick pick : picks()) {
                int picked = assertPicksAsFilterRun(file, config, pick);
                assertThat(picked).as(file.getFileName() + ", " + pick.name() + ": a pick that tests nothing")
                        .isPositive();
            }
        }
    }

    @Test
    void picksInFormatsWithOneLineRecordsALevelOnTheSecondLineOrJson() throws IOException {
        StringBuilder access = new StringBuilder();
        StringBuilder jul = new StringBuilder();
        StringBuilder json = new StringBuilder();
        String[] levels = {"INFO", "WARNING", "ERROR", "CRITICAL", "DEBUG"};
        String[] julLevels = {"INFO", "WARNING", "SEVERE", "SEVERE", "FINE"};
        for (int i = 0; i < 300; i++) {
            LocalDateTime time = T0.plusSeconds(i);
            int level = i * 7 % levels.length;
            String logger = i % 3 == 0 ? "app.db" : "app";
            access.append(i % 11 == 0 ? "a line the format cannot read " + i + "\n"
                    : String.format("10.0.0.%d - - [10/Oct/2024:%02d:%02d:%02d +0000] \"GET /x HTTP/1.1\" %d 12 \"-\" \"curl\"%n",
                    i % 250, 11 + i / 3600, i / 60 % 60, i % 60, i % 4 == 0 ? 500 : 200));
            jul.append(String.format("Oct 10, 2024 11:%02d:%02d AM %s run%n%s: message %d%s%n", i / 60 % 60, i % 60,
                    logger, julLevels[level], i, i % 5 == 0 ? "\n\tat app.Main.run(Main.java:12)\nZeroDivisionError" : ""));
            json.append("{\"time\":\"").append(time).append("\",\"level\":\"").append(levels[level])
                    .append("\",\"logger\":\"").append(logger).append("\",\"message\":\"message ").append(i)
                    .append(i % 5 == 0 ? " ZeroDivisionError status" : "").append("\"}\n");
        }
        List<LogFixture.Config> configs = List.of(new LogFixture.Config(2, 61), new LogFixture.Config(1, 1000),
                LogFixture.Config.DEFAULT);
        for (String[] file : new String[][] {{"access.log", access.toString()}, {"jul.log", jul.toString()},
                {"json.log", json.toString()}}) {
            Path path = Files.writeString(dir.resolve(file[0]), file[1]);
            for (LogFixture.Config config : configs) {
                for (Pick pick : picks()) {
                    assertPicksAsFilterRun(path, config, pick);
                }
                // An access log has no levels: its lines with a 500 are picked by their text.
                Pick telling = file[0].equals("access.log")
                        ? new Pick("status 500", RecordFilter.all().withIncludes(List.of(TextMatcher.literal("\" 500 ", true))),
                                level -> true, true)
                        : picks().get(1);
                assertThat(assertPicksAsFilterRun(path, config, telling)).as(file[0] + ": " + telling.name()).isPositive();
            }
        }
    }

    @Test
    void aSegmentHoldsAtMostAMebibyteAndTheRestIsReadFromTheFile() throws IOException {
        Path file = LogFixture.random(5, 30_000, "\n", false).build(true).writeTo(dir.resolve("big.log"));
        assertThat(Files.size(file)).isGreaterThan(2L * RecordCapture.HELD_PER_SEGMENT);
        long[] notHeld = {0};
        long[] picked = {0};
        byte[] bytes = Files.readAllBytes(file);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PickedRecords sink = new PickedRecords() {
            @Override
            public void begin(RecordIndex index) {
            }

            @Override
            public void picked(long record, long start, long end, byte[] b, int from, int to) {
                picked[0]++;
                if (b == null) {
                    notHeld[0]++;
                    copy.write(bytes, (int) start, (int) (end - start));
                } else {
                    copy.write(b, from, to - from);
                }
            }
        };
        try (LogFile log = LogFile.open(file)) {
            RecordIndex index = LogFixture.Config.DEFAULT.indexer().index(log, IndexListener.NONE, Cancellation.none(),
                    new RecordPicking(ix -> new FilterPicker(RecordFilter.all(), level -> true, ix), sink));
            assertThat(picked[0]).isEqualTo(index.recordCount());
        }
        assertThat(notHeld[0]).isPositive();
        assertThat(copy.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void aRecordTooBigToHoldIsJudgedByItsHeadAndCopiedWhole() throws IOException {
        String big = "Zero" + "e".repeat(RecordPicker.MAX_TEXT_BYTES) + "DivisionError";
        Path file = LogFixture.lf()
                .record(T0, "INFO", "app", "before")
                .record(T0.plusSeconds(1), "ERROR", "app.db", "huge", big)
                .record(T0.plusSeconds(2), "ERROR", "app.db", "after", "ZeroDivisionError")
                .build(true).writeTo(dir.resolve("huge.log"));
        for (Pick pick : picks()) {
            assertPicksAsFilterRun(file, new LogFixture.Config(2, 1 << 20), pick);
        }
        assertThat(assertPicksAsFilterRun(file, LogFixture.Config.DEFAULT, picks().get(1))).isEqualTo(2);
    }

    @Test
    void aCopytruncateHoleIsJudgedFromTheFile() throws IOException {
        byte[] hole = new byte[FileIndexer.SCAN_BUFFER + 1000];
        Path file = LogFixture.lf()
                .record(T0, "ERROR", "app", "before the copy", "ZeroDivisionError")
                .line(hole)
                .record(T0.plusSeconds(30), "ERROR", "app.db", "after the copy", "ZeroDivisionError")
                .record(T0.plusSeconds(31), "INFO", "app.db", "status ok")
                .build(true).writeTo(dir.resolve("hole.log"));
        byte[] bytes = Files.readAllBytes(file);
        int holeStart = indexOf(bytes, "ZeroDivisionError\n".getBytes(StandardCharsets.US_ASCII)) + 18;
        Arrays.fill(bytes, holeStart, holeStart + hole.length + 1, (byte) 0); // the hole runs into the next record
        Files.write(file, bytes);
        for (LogFixture.Config config : List.of(new LogFixture.Config(2, 64), LogFixture.Config.DEFAULT)) {
            for (Pick pick : picks()) {
                assertPicksAsFilterRun(file, config, pick);
            }
            // The record after the hole is judged from the file: its traceback names the error.
            assertThat(assertPicksAsFilterRun(file, config, picks().get(2))).isEqualTo(2);
        }
    }

    @Test
    void aRecordPastAHoleLongerThanTheCapIsJudgedAsAFilterRunJudgesIt() throws IOException {
        byte[] hole = new byte[300_000];
        byte[] head = "2024-10-10 11:46:40,000 - app - ERROR - after the hole\n".getBytes(StandardCharsets.US_ASCII);
        byte[] filler = "e".repeat(RecordPicker.MAX_TEXT_BYTES - 200_000).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("2024-10-10 11:46:39,000 - app - INFO - before\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(hole);
        out.writeBytes(head);
        out.writeBytes(filler);
        out.writeBytes(" ZeroDivisionError\n".getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve("hole-cap.log");
        Files.write(file, out.toByteArray());
        for (Pick pick : picks()) {
            assertPicksAsFilterRun(file, LogFixture.Config.DEFAULT, pick);
        }
    }

    private static int assertPicksAsFilterRun(Path path, LogFixture.Config config, Pick pick) throws IOException {
        String what = path.getFileName() + ", " + config + ", " + pick.name();
        byte[] bytes = Files.readAllBytes(path);
        List<Long> expectedRecords = new ArrayList<>();
        List<String> expectedBytes = new ArrayList<>();
        try (LogFile log = LogFile.open(path)) {
            RecordIndex index = config.indexer().index(log, IndexListener.NONE, Cancellation.none());
            RecordFilter filter = pick.filter();
            LevelTable levels = index.levels();
            for (int id = 0; id < levels.size(); id++) {
                filter = filter.withLevelShown(id, pick.levels().test(levels.level(id)));
            }
            RecordSelection selection = new RecordSelection();
            new FilterRun(index, log, filter).run(selection, 0, index.recordCount(), Cancellation.none(),
                    ProgressListener.NONE);
            for (long row = 0; row < selection.size(); row++) {
                long record = selection.get(row);
                expectedRecords.add(record);
                expectedBytes.add(slice(bytes, index.startOffset(record), index.endOffset(record)));
            }
        }
        Collected sink = new Collected(bytes, what);
        List<Long> pickedRecords = sink.records;
        List<String> pickedBytes = sink.texts;
        try (LogFile log = LogFile.open(path)) {
            RecordIndex index = config.indexer().index(log, IndexListener.NONE, Cancellation.none(),
                    new RecordPicking(ix -> new FilterPicker(pick.filter(), pick.levels(), ix), sink));
            for (int k = 0; k < pickedRecords.size(); k++) {
                long record = pickedRecords.get(k);
                assertThat(pickedBytes.get(k)).as(what + ": the range of record " + record)
                        .isEqualTo(slice(bytes, index.startOffset(record), index.endOffset(record)));
            }
        }
        assertThat(pickedRecords).as(what).isEqualTo(expectedRecords);
        assertThat(pickedBytes).as(what).isEqualTo(expectedBytes);
        for (int blockSize : BLOCK_SIZES) {
            assertLiteralFirstPicks(path, config, pick, blockSize, expectedBytes);
        }
        return pickedRecords.size();
    }

    /**
     * Picking literal first gives the records and bytes a filter run gives, whatever the blocks; it applies to
     * every pick that names a literal, in a format whose lines start records on their own.
     */
    private static void assertLiteralFirstPicks(Path path, LogFixture.Config config, Pick pick, int blockSize,
                                                List<String> expectedBytes) throws IOException {
        String what = path.getFileName() + ", " + pick.name() + ", literal first in blocks of " + blockSize;
        Collected sink = new Collected(Files.readAllBytes(path), what);
        try (LogFile log = LogFile.open(path)) {
            LogFormat format = config.indexer().detect(log);
            boolean applied = LiteralFirstPicking.pick(log, format,
                    new RecordPicking(ix -> new FilterPicker(pick.filter(), pick.levels(), ix), sink),
                    Cancellation.none(), blockSize, Integer.MAX_VALUE);
            assertThat(applied).as(what + " applies").isEqualTo(
                    pick.literalFirst() && !new RecordStarts(format, new LevelTable()).looksBack());
            if (applied) {
                assertThat(sink.records).as(what).allMatch(record -> record == PickedRecords.UNNUMBERED);
                assertThat(sink.texts).as(what).isEqualTo(expectedBytes);
            }
        }
    }

    /** Collects the picks handed over, checking that the bytes held are the file's. */
    private static final class Collected implements PickedRecords {
        final List<Long> records = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        private final byte[] file;
        private final String what;

        Collected(byte[] file, String what) {
            this.file = file;
            this.what = what;
        }

        @Override
        public void begin(RecordIndex index) {
            assertThat(index.recordCount()).isZero();
        }

        @Override
        public void picked(long record, long start, long end, byte[] b, int from, int to) {
            records.add(record);
            String text = slice(file, start, end);
            if (b != null) {
                assertThat(new String(b, from, to - from, StandardCharsets.ISO_8859_1))
                        .as(what + ": the held bytes at " + start).isEqualTo(text);
            }
            texts.add(text);
        }
    }

    /** The bytes as Latin-1 text, one char per byte, so that invalid UTF-8 compares exactly. */
    private static String slice(byte[] bytes, long start, long end) {
        return new String(bytes, (int) start, (int) (end - start), StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
