package dev.loglens.core.index;

import static dev.loglens.core.index.LogFixture.assertEveryIndexerGives;
import static dev.loglens.core.index.LogFixture.countLines;
import static dev.loglens.core.index.LogFixture.index;
import static dev.loglens.core.index.LogFixture.millis;
import static dev.loglens.core.index.LogFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loglens.core.index.LogFixture.Built;
import dev.loglens.core.index.LogFixture.Config;
import dev.loglens.core.index.LogFixture.Snapshot;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.io.LogFileException;
import dev.loglens.core.io.RecordReader;
import dev.loglens.core.level.Level;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileIndexerTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2024, 10, 10, 11, 46, 39, 123_000_000);
    private static final String PYTHON = "python-default";

    @TempDir
    Path dir;

    private static final String SMALL_LOG = """
            2024-10-10 11:46:39,123 - app - INFO - start
            2024-10-10 11:46:40,456 - app.db - ERROR - query failed
            Traceback (most recent call last):
              File "db.py", line 12, in run

            ValueError: bad
            2024-10-10 11:46:41,000 - app - WARNING - retry
            """;

    @Test
    void eachRecordKnowsItsOffsetsLinesLevelAndTime() throws IOException {
        Path file = write("small.log", SMALL_LOG);
        RecordIndex index = index(file);

        int second = SMALL_LOG.indexOf("2024-10-10 11:46:40");
        int third = SMALL_LOG.indexOf("2024-10-10 11:46:41");
        assertThat(index.format().id()).isEqualTo(PYTHON);
        assertThat(index.recordCount()).isEqualTo(3);
        assertThat(index.lineCount()).isEqualTo(7);
        assertThat(index.indexedBytes()).isEqualTo(SMALL_LOG.length());

        assertThat(index.startOffset(0)).isZero();
        assertThat(index.endOffset(0)).isEqualTo(second);
        assertThat(index.startOffset(1)).isEqualTo(second);
        assertThat(index.endOffset(1)).isEqualTo(third);
        assertThat(index.startOffset(2)).isEqualTo(third);
        assertThat(index.endOffset(2)).isEqualTo(SMALL_LOG.length());

        assertThat(index.firstLine(0)).isZero();
        assertThat(index.firstLine(1)).isEqualTo(1);
        assertThat(index.firstLine(2)).isEqualTo(6);
        assertThat(index.lineCountOf(0)).isEqualTo(1);
        assertThat(index.lineCountOf(1)).isEqualTo(5);
        assertThat(index.lineCountOf(2)).isEqualTo(1);

        assertThat(index.level(0)).isEqualTo(Level.INFO);
        assertThat(index.level(1)).isEqualTo(Level.ERROR);
        assertThat(index.level(2)).isEqualTo(Level.WARNING);
        assertThat(index.wallMillis(0)).isEqualTo(millis(LocalDateTime.of(2024, 10, 10, 11, 46, 39, 123_000_000)));
        assertThat(index.wallMillis(1)).isEqualTo(millis(LocalDateTime.of(2024, 10, 10, 11, 46, 40, 456_000_000)));
        assertThat(index.wallMillis(2)).isEqualTo(millis(LocalDateTime.of(2024, 10, 10, 11, 46, 41)));
    }

    @Test
    void recordOfLineFindsTheRecordHoldingEachLine() throws IOException {
        RecordIndex index = index(write("small.log", SMALL_LOG));

        long[] expected = {0, 1, 1, 1, 1, 1, 2};
        for (int line = 0; line < expected.length; line++) {
            assertThat(index.recordOfLine(line)).as("line %d", line).isEqualTo(expected[line]);
        }
    }

    @Test
    void levelCountsCountEveryRecordOnce() throws IOException {
        RecordIndex index = index(write("small.log", SMALL_LOG));

        assertThat(index.countOfLevel(3)).as("INFO").isEqualTo(1);
        assertThat(index.countOfLevel(5)).as("WARNING").isEqualTo(1);
        assertThat(index.countOfLevel(6)).as("ERROR").isEqualTo(1);
        assertThat(index.countOfLevel(2)).as("DEBUG").isZero();
        assertThat(index.levels().level(6)).isEqualTo(Level.ERROR);
    }

    @Test
    void tracebackAndBlankLinesBelongToTheRecordBefore() throws IOException {
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "start")
                .record(T0.plusSeconds(1), "ERROR", "app", "boom", "Traceback (most recent call last):",
                        "  File \"x.py\", line 1, in <module>", "", "ZeroDivisionError: division by zero", "")
                .record(T0.plusSeconds(2), "INFO", "app", "after", "", "", "")
                .build(true);
        Path file = log.writeTo(dir.resolve("tb.log"));

        assertThat(log.records()).extracting(LogFixture.Rec::lineCount).containsExactly(1L, 6L, 4L);
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void linesBeforeFirstRecordBecomeOneRecord() throws IOException {
        Built log = LogFixture.lf()
                .line("nohup: ignoring input")
                .line("")
                .line("Loading model weights from /data/model.pt ...")
                .record(T0, "INFO", "app", "ready")
                .record(T0.plusSeconds(1), "WARNING", "app", "slow")
                .build(true);
        Path file = log.writeTo(dir.resolve("preamble.log"));

        RecordIndex index = index(file);
        assertThat(index.recordCount()).isEqualTo(3);
        assertThat(index.startOffset(0)).isZero();
        assertThat(index.firstLine(0)).isZero();
        assertThat(index.lineCountOf(0)).isEqualTo(3);
        assertThat(index.level(0)).isEqualTo(Level.NONE);
        assertThat(index.wallMillis(0)).isEqualTo(TimeFields.NO_TIME);
        assertThat(index.level(1)).isEqualTo(Level.INFO);
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void lfAndCrlfFilesGiveTheSameRecordsAndLines() throws IOException {
        Built lf = LogFixture.random(7, 60, "\n", true).build(true);
        Built crlf = LogFixture.random(7, 60, "\r\n", true).build(true);
        Path lfFile = lf.writeTo(dir.resolve("lf.log"));
        Path crlfFile = crlf.writeTo(dir.resolve("crlf.log"));

        Snapshot a = snapshot(index(lfFile));
        Snapshot b = snapshot(index(crlfFile));
        assertThat(b.lines()).isEqualTo(a.lines());
        assertThat(b.records()).extracting(LogFixture.Rec::firstLine)
                .containsExactlyElementsOf(a.records().stream().map(LogFixture.Rec::firstLine).toList());
        assertThat(b.records()).extracting(LogFixture.Rec::level)
                .containsExactlyElementsOf(a.records().stream().map(LogFixture.Rec::level).toList());
        assertThat(b.records()).extracting(LogFixture.Rec::wallMillis)
                .containsExactlyElementsOf(a.records().stream().map(LogFixture.Rec::wallMillis).toList());
        assertEveryIndexerGives(lfFile, lf.expected(PYTHON));
        assertEveryIndexerGives(crlfFile, crlf.expected(PYTHON));
    }

    @Test
    void crlfRecordTextHasNoCarriageReturnAtItsEnd() throws IOException {
        Built log = LogFixture.crlf()
                .record(T0, "INFO", "app", "one")
                .record(T0.plusSeconds(1), "ERROR", "app", "two", "Traceback (most recent call last):", "E: x")
                .build(true);
        Path file = log.writeTo(dir.resolve("crlf.log"));

        try (LogFile logFile = LogFile.open(file)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(logFile, IndexListener.NONE, Cancellation.none());
            RecordReader reader = new RecordReader(logFile, index);
            assertThat(reader.text(0, 1000)).isEqualTo("2024-10-10 11:46:39,123 - app - INFO - one");
            assertThat(reader.text(1, 1000))
                    .isEqualTo("2024-10-10 11:46:40,123 - app - ERROR - two\r\nTraceback (most recent call last):\r\nE: x");
            assertThat(new String(reader.firstLine(1, 1000), StandardCharsets.UTF_8))
                    .isEqualTo("2024-10-10 11:46:40,123 - app - ERROR - two");
        }
    }

    @Test
    void lastLineWithoutNewlineIsStillALineAndARecord() throws IOException {
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "one")
                .record(T0.plusSeconds(1), "CRITICAL", "app", "no newline after me")
                .build(false);
        Path file = log.writeTo(dir.resolve("nofinal.log"));

        RecordIndex index = index(file);
        assertThat(index.lineCount()).isEqualTo(2).isEqualTo(countLines(log.bytes()));
        assertThat(index.recordCount()).isEqualTo(2);
        assertThat(index.level(1)).isEqualTo(Level.CRITICAL);
        assertThat(index.endOffset(1)).isEqualTo(log.bytes().length);
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void continuationLineWithoutNewlineBelongsToTheLastRecord() throws IOException {
        Built log = LogFixture.crlf()
                .record(T0, "ERROR", "app", "boom", "Traceback (most recent call last):", "KeyError: 'x'")
                .build(false);
        Path file = log.writeTo(dir.resolve("tail.log"));

        assertThat(countLines(log.bytes())).isEqualTo(3);
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void emptyFileHasNoRecordsAndNoLines() throws IOException {
        Path file = Files.write(dir.resolve("empty.log"), new byte[0]);

        for (Config config : configsWithDefault()) {
            RecordIndex index = index(file, config);
            assertThat(index.recordCount()).as(config.toString()).isZero();
            assertThat(index.lineCount()).as(config.toString()).isZero();
            assertThat(index.indexedBytes()).as(config.toString()).isZero();
        }
    }

    @Test
    void fileOfOnlyBlankLinesShowsEachLine() throws IOException {
        for (String eol : List.of("\n", "\r\n")) {
            Path file = Files.writeString(dir.resolve("blank.log"), eol.repeat(5));
            for (Config config : configsWithDefault()) {
                RecordIndex index = index(file, config);
                String what = config + (eol.length() == 2 ? ", CRLF" : ", LF");
                assertThat(index.lineCount()).as(what).isEqualTo(5);
                assertThat(index.recordCount()).as(what).isEqualTo(5);
                for (int r = 0; r < 5; r++) {
                    assertThat(index.startOffset(r)).as(what).isEqualTo((long) r * eol.length());
                    assertThat(index.lineCountOf(r)).as(what).isEqualTo(1);
                }
            }
            try (LogFile logFile = LogFile.open(file)) {
                RecordIndex index = FileIndexer.withBuiltInFormats().index(logFile, IndexListener.NONE,
                        Cancellation.none());
                assertThat(new RecordReader(logFile, index).text(2, 100)).isEmpty();
            }
        }
    }

    @Test
    void blankLinesAfterRecordsBelongToTheLastRecord() throws IOException {
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "one")
                .line("").line("").line("")
                .build(true);
        Path file = log.writeTo(dir.resolve("trailing.log"));

        RecordIndex index = index(file);
        assertThat(index.recordCount()).isEqualTo(1);
        assertThat(index.lineCountOf(0)).isEqualTo(4);
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void lineLongerThanTheSegmentSizeIsOneLine() throws IOException {
        String longMessage = "x".repeat(5000);
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "short")
                .record(T0.plusSeconds(1), "WARNING", "app", longMessage, "y".repeat(3000), "")
                .record(T0.plusSeconds(2), "ERROR", "app", longMessage)
                .line("z".repeat(4097))
                .record(T0.plusSeconds(3), "DEBUG", "app", "end")
                .build(false);
        Path file = log.writeTo(dir.resolve("long.log"));

        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void lineLongerThanTheReadBufferIsOneLineClassifiedByItsHead() throws IOException {
        // 100 KB lines are longer than a tiny-segment scanner reads past its segment: they are judged by their head.
        String huge = "h".repeat(100_000);
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "before")
                .record(T0.plusSeconds(1), "ERROR", "app", huge, huge)
                .record(T0.plusSeconds(2), "INFO", "app", "after")
                .build(true);
        Path file = log.writeTo(dir.resolve("huge.log"));

        assertEveryIndexerGives(file, log.expected(PYTHON),
                List.of(new Config(1, 16), new Config(2, 64), new Config(2, 4096), new Config(1, 65536)));
    }

    @Test
    void oneMegabyteSingleLineIsOneRecord() throws IOException {
        String message = "m".repeat(1 << 20);
        for (boolean finalNewline : new boolean[] {true, false}) {
            Built log = LogFixture.lf().record(T0, "WARNING", "trainer", message).build(finalNewline);
            Path file = log.writeTo(dir.resolve("mega-" + finalNewline + ".log"));

            assertEveryIndexerGives(file, log.expected(PYTHON),
                    List.of(new Config(2, 4096), new Config(1, 65536), new Config(2, 1 << 20)));
            try (LogFile logFile = LogFile.open(file)) {
                RecordIndex index = FileIndexer.withBuiltInFormats().index(logFile, IndexListener.NONE,
                        Cancellation.none());
                RecordReader reader = new RecordReader(logFile, index);
                assertThat(reader.text(0, 60)).isEqualTo("2024-10-10 11:46:39,123 - trainer - WARNING - " + "m".repeat(14));
                assertThat(reader.bytes(0, Integer.MAX_VALUE)).hasSize(log.bytes().length - (finalNewline ? 1 : 0));
            }
        }
    }

    @Test
    void oneMegabytePlainLineIsOneRecord() throws IOException {
        byte[] bytes = "p".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("plain.txt"), bytes);

        for (Config config : List.of(Config.DEFAULT, new Config(2, 4096), new Config(1, 65536))) {
            RecordIndex index = index(file, config);
            assertThat(index.format().id()).isEqualTo("plain");
            assertThat(index.recordCount()).as(config.toString()).isEqualTo(1);
            assertThat(index.lineCount()).as(config.toString()).isEqualTo(1);
            assertThat(index.endOffset(0)).as(config.toString()).isEqualTo(bytes.length);
        }
    }

    @Test
    void invalidUtf8IsIndexedAndReadWithReplacementCharacters() throws IOException {
        byte[] bad = {'b', 'a', 'd', ' ', (byte) 0xFF, (byte) 0xFE, ' ', (byte) 0xC3, '(', ' ', (byte) 0xE2, (byte) 0x82,
            ' ', (byte) 0x80, '!'};
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "fine é")
                .record(new byte[0], T0.plusSeconds(1), "ERROR", "app", bad, "trace \u00e9")
                .line(bad)
                .build(true);
        Path file = log.writeTo(dir.resolve("bad-utf8.log"));

        assertEveryIndexerGives(file, log.expected(PYTHON));
        try (LogFile logFile = LogFile.open(file)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(logFile, IndexListener.NONE, Cancellation.none());
            RecordReader reader = new RecordReader(logFile, index);
            String text = reader.text(1, 10_000);
            assertThat(text).startsWith("2024-10-10 11:46:40,123 - app - ERROR - bad \uFFFD");
            assertThat(text).contains("\uFFFD").contains("trace é").doesNotEndWith("\n");
            assertThat(text).isEqualTo(log.text(1));
            // cutting a record inside a multi-byte character is replaced too, never thrown
            assertThat(reader.text(0, "2024-10-10 11:46:39,123 - app - INFO - fine ".length() + 1)).endsWith("\uFFFD");
        }
    }

    @Test
    void nulRunBeforeARecordIsNotBinaryAndTheRecordIsFound() throws IOException {
        LogFixture fixture = LogFixture.lf()
                .record(new byte[300], T0, "INFO", "app", "written after truncation".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < 40; i++) {
            fixture.record(T0.plusSeconds(i), i % 5 == 0 ? "ERROR" : "INFO", "app", "record " + i);
        }
        Built log = fixture.build(true);
        Path file = log.writeTo(dir.resolve("nul-head.log"));

        RecordIndex index = index(file);
        assertThat(index.format().id()).isEqualTo(PYTHON);
        assertThat(index.recordCount()).isEqualTo(40);
        assertThat(index.startOffset(0)).isZero();
        assertThat(index.level(0)).isEqualTo(Level.INFO);
        assertThat(index.wallMillis(0)).isEqualTo(millis(T0));
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void nulRunInTheMiddleStartsTheNextRecordAtTheRun() throws IOException {
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "before rotation")
                .record(T0.plusSeconds(1), "INFO", "app", "still before")
                .record(new byte[64], T0.plusSeconds(2), "WARNING", "app", "after".getBytes(StandardCharsets.UTF_8))
                .record(T0.plusSeconds(3), "INFO", "app", "later")
                .build(true);
        Path file = log.writeTo(dir.resolve("nul-mid.log"));

        RecordIndex index = index(file);
        assertThat(index.recordCount()).isEqualTo(4);
        assertThat(index.level(2)).isEqualTo(Level.WARNING);
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void copytruncateHoleOfSixteenKilobytesIsNotBinary() throws IOException {
        // logrotate's copytruncate empties the file while the writer keeps its offset: the file then starts
        // with as many NULs as the old file had bytes, followed by the new records.
        LogFixture fixture = LogFixture.lf()
                .record(new byte[16 * 1024], T0, "INFO", "app", "first after rotation".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < 200; i++) {
            fixture.record(T0.plusSeconds(i), "INFO", "app", "record " + i);
        }
        Built log = fixture.build(true);
        Path file = log.writeTo(dir.resolve("copytruncate.log"));

        RecordIndex index = index(file);
        assertThat(index.recordCount()).isEqualTo(200);
        assertThat(index.level(0)).isEqualTo(Level.INFO);
        assertThat(index.wallMillis(0)).isEqualTo(millis(T0));
    }

    @Test
    void randomBytesAreRejectedAsBinaryWithAReadableMessage() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(99).nextBytes(bytes);
        Path file = Files.write(dir.resolve("model.bin"), bytes);

        try (LogFile logFile = LogFile.open(file)) {
            assertThatThrownBy(() -> FileIndexer.withBuiltInFormats().index(logFile, IndexListener.NONE,
                    Cancellation.none()))
                    .isInstanceOf(LogFileException.class)
                    .hasMessageContaining("model.bin")
                    .hasMessageContaining("binary");
        }
    }

    @Test
    void gzippedLogIsIndexedLikeItsPlainText() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(SMALL_LOG.repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        Path gz = Files.write(dir.resolve("app.log.1.gz"), compressed.toByteArray());
        Path plain = Files.writeString(dir.resolve("app.log.1"), SMALL_LOG.repeat(50));

        Snapshot fromGzip = snapshot(index(gz));
        Snapshot fromPlain = snapshot(index(plain));
        assertThat(fromGzip.records()).isEqualTo(fromPlain.records());
        assertThat(fromGzip.lines()).isEqualTo(fromPlain.lines());
    }

    @Test
    void directoryAndMissingFileCannotBeOpened() {
        assertThatThrownBy(() -> LogFile.open(dir))
                .isInstanceOf(LogFileException.class)
                .hasMessageContaining("directory");
        assertThatThrownBy(() -> LogFile.open(dir.resolve("missing.log")))
                .isInstanceOf(LogFileException.class)
                .hasMessageContaining("missing.log")
                .hasMessageContaining("no such file");
    }

    @Test
    void jsonLinesRecordsHaveLevelsAndTimes() throws IOException {
        long t0 = millis(LocalDateTime.of(2024, 10, 10, 11, 46, 39, 123_000_000));
        Built log = LogFixture.lf()
                .head(utf8("{\"timestamp\": \"2024-10-10T11:46:39.123456Z\", \"level\": \"info\", \"event\": \"start\"}"),
                        "INFO", t0)
                .head(utf8("{\"event\": \"slow\", \"level\": \"warning\", \"timestamp\": \"2024-10-10T13:46:40+02:00\"}"),
                        "WARNING", millis(LocalDateTime.of(2024, 10, 10, 13, 46, 40)))
                .head(utf8("{\"ts\": 1728560799.5, \"severity\": \"ERROR\", \"msg\": \"boom\"}"), "ERROR",
                        1_728_560_799_500L)
                .line("Traceback (most recent call last):")
                .line("  File \"app.py\", line 3, in <module>")
                .line("")
                .head(utf8("{\"time\": 1728560799123, \"level\": \"critical\", \"msg\": \"epoch millis\"}"), "CRITICAL",
                        1_728_560_799_123L)
                .head(utf8("{\"created\": 1728560799, \"levelno\": 10, \"message\": \"numeric level\"}"), "DEBUG",
                        1_728_560_799_000L)
                .head(utf8("{\"asctime\": \"2025-10-20 13:22:52,815\", \"levelname\": \"WARN\", \"name\": \"x\", "
                        + "\"message\": \"warn alias\"}"), "WARNING",
                        millis(LocalDateTime.of(2025, 10, 20, 13, 22, 52, 815_000_000)))
                .head(utf8("{\"level\": \"fatal\", \"event\": \"no time\"}"), "CRITICAL", TimeFields.NO_TIME)
                .head(utf8("{\"level\": \"audit\", \"event\": \"custom\", \"ts\": 1728560800}"), "AUDIT",
                        1_728_560_800_000L)
                .build(true);
        Path file = log.writeTo(dir.resolve("structlog.jsonl"));

        assertEveryIndexerGives(file, log.expected("json-lines"));
    }

    @Test
    void customUpperCaseLevelGetsItsOwnLevel() throws IOException {
        Built log = LogFixture.lf()
                .record(T0, "INFO", "app", "one")
                .record(T0.plusSeconds(1), "AUDIT", "app", "user 7 logged in")
                .record(T0.plusSeconds(2), "INFO", "app", "two")
                .record(T0.plusSeconds(3), "AUDIT", "app", "user 7 logged out")
                .build(true);
        Path file = log.writeTo(dir.resolve("custom.log"));

        RecordIndex index = index(file);
        assertThat(index.level(1).name()).isEqualTo("AUDIT");
        assertThat(index.levelId(1)).isEqualTo(index.levelId(3));
        assertThat(index.countOfLevel(index.levelId(1))).isEqualTo(2);
        assertEveryIndexerGives(file, log.expected(PYTHON));
    }

    @Test
    void recordsOfAFormatWithoutTimesHaveNoTime() throws IOException {
        String text = "WARNING:root:disk almost full: 97%\nINFO:tensorflow:loss = 0.69\n  continued\n";
        RecordIndex index = index(write("basic.log", text));

        assertThat(index.format().id()).isEqualTo("python-basic");
        assertThat(index.recordCount()).isEqualTo(2);
        assertThat(index.wallMillis(0)).isEqualTo(TimeFields.NO_TIME);
        assertThat(index.wallMillis(1)).isEqualTo(TimeFields.NO_TIME);
        assertThat(index.level(0)).isEqualTo(Level.WARNING);
        assertThat(index.lineCountOf(1)).isEqualTo(2);
    }

    @Test
    void jsonRecordLongerThanTheReadBufferIsStillARecord() throws IOException {
        String big = "{\"level\": \"error\", \"event\": \"payload\", \"data\": \"" + "d".repeat(200_000) + "\"}";
        LogFixture fixture = LogFixture.lf();
        for (int i = 0; i < 5; i++) {
            fixture.head(utf8("{\"level\": \"info\", \"event\": \"small " + i + "\"}"), "INFO", TimeFields.NO_TIME);
        }
        fixture.head(utf8(big), "ERROR", TimeFields.NO_TIME);
        fixture.head(utf8("{\"level\": \"warning\", \"event\": \"after\"}"), "WARNING", TimeFields.NO_TIME);
        Built log = fixture.build(true);
        Path file = log.writeTo(dir.resolve("big.jsonl"));

        assertEveryIndexerGives(file, log.expected("json-lines"),
                List.of(new Config(2, 1000), new Config(1, 4096), new Config(2, 65536)));
    }

    @ParameterizedTest(name = "{0} byte record")
    @ValueSource(ints = {40_000, 300_000})
    void jsonRecordCrossingTheDefaultSegmentBoundaryIsStillARecord(int length) throws IOException {
        // Just under 4 MiB of small records, then one long record (a JSON traceback, a payload) that starts
        // before the first segment ends.
        LogFixture fixture = LogFixture.lf();
        long written = 0;
        int i = 0;
        while (written < FileIndexer.SEGMENT_SIZE - 100) {
            byte[] line = utf8("{\"level\": \"info\", \"event\": \"record " + i++ + "\"}");
            fixture.head(line, "INFO", TimeFields.NO_TIME);
            written += line.length + 1;
        }
        String prefix = "{\"level\": \"error\", \"event\": \"failed\", \"exc_info\": \"";
        fixture.head(utf8(prefix + "e".repeat(length - prefix.length() - 2) + "\"}"), "ERROR", TimeFields.NO_TIME);
        fixture.head(utf8("{\"level\": \"info\", \"event\": \"after\"}"), "INFO", TimeFields.NO_TIME);
        Built log = fixture.build(true);
        Path file = log.writeTo(dir.resolve("boundary.jsonl"));

        Snapshot actual = snapshot(index(file));
        LogFixture.assertSnapshot("default indexer", actual, log.expected("json-lines"));
    }

    @Test
    void progressIsReportedInFileOrderAndEndsAtTheFileSize() throws IOException {
        Built log = LogFixture.random(11, 400, "\n", false).build(true);
        Path file = log.writeTo(dir.resolve("progress.log"));

        for (Config config : List.of(new Config(2, 64), new Config(2, 1000), new Config(1, 4096))) {
            for (int run = 0; run < 5; run++) {
                List<long[]> reports = new java.util.ArrayList<>();
                try (LogFile logFile = LogFile.open(file)) {
                    config.indexer().index(logFile, (index, done, total) -> reports.add(
                            new long[] {done, total, index.indexedBytes(), index.recordCount(), index.lineCount()}),
                            Cancellation.none());
                }
                long size = log.bytes().length;
                for (int k = 0; k < reports.size(); k++) {
                    long[] report = reports.get(k);
                    long expectedDone = Math.min(size, (long) (k + 1) * config.segmentSize());
                    assertThat(report[0]).as("%s, run %d, report %d: bytes done", config, run, k).isEqualTo(expectedDone);
                    assertThat(report[1]).isEqualTo(size);
                    assertThat(report[2]).as("%s, report %d: index.indexedBytes()", config, k).isEqualTo(expectedDone);
                }
                assertThat(reports).isNotEmpty();
                assertThat(reports.get(reports.size() - 1)[4]).isEqualTo(log.lineCount());
            }
        }
    }

    @Test
    void cancellationStopsIndexing() throws IOException {
        Path file = LogFixture.random(5, 300, "\n", false).build(true).writeTo(dir.resolve("cancel.log"));
        Cancellation cancellation = Cancellation.none();

        try (LogFile logFile = LogFile.open(file)) {
            assertThatThrownBy(() -> new Config(1, 64).indexer().index(logFile, (index, done, total) -> cancellation.cancel(),
                    cancellation))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Config> configsWithDefault() {
        List<Config> all = new java.util.ArrayList<>(LogFixture.TINY_CONFIGS);
        all.add(0, Config.DEFAULT);
        return all;
    }
}
