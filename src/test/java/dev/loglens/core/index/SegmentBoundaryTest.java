package dev.loglens.core.index;

import static dev.loglens.core.index.LogFixture.assertSnapshot;
import static dev.loglens.core.index.LogFixture.countLines;
import static dev.loglens.core.index.LogFixture.index;
import static dev.loglens.core.index.LogFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.gen.PythonLogGenerator;
import dev.loglens.core.index.LogFixture.Built;
import dev.loglens.core.index.LogFixture.Config;
import dev.loglens.core.index.LogFixture.Snapshot;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.io.RecordReader;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random logs indexed with segments so small that every kind of boundary occurs (inside a CRLF, just before
 * or after a newline, inside a multi-byte character, inside a NUL run, inside a long line) must give exactly
 * what the test wrote, and exactly what the default indexer gives.
 */
class SegmentBoundaryTest {

    @TempDir
    static Path dir;

    private static PythonLogGenerator.Summary summary;
    private static Path generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = dir.resolve("generated.log");
        summary = new PythonLogGenerator(2024).write(generated, 3L << 20);
    }

    static Stream<Arguments> randomLogs() {
        return Stream.of(
                Arguments.of(1L, "\n", true, true),
                Arguments.of(2L, "\r\n", true, false),
                Arguments.of(3L, "\n", false, false),
                Arguments.of(4L, "\r\n", false, true),
                Arguments.of(5L, "\n", true, false));
    }

    @ParameterizedTest(name = "seed {0}, preamble {2}, final newline {3}")
    @MethodSource("randomLogs")
    void randomLogIsIndexedIdenticallyWithEverySegmentSize(long seed, String eol, boolean preamble,
                                                           boolean finalNewline) throws IOException {
        LogFixture fixture = LogFixture.random(seed, 250, eol, preamble);
        Built log = fixture.build(finalNewline || fixture.endsWithEmptyLine());
        Path file = log.writeTo(dir.resolve("random-" + seed + ".log"));
        Snapshot expected = log.expected("python-default");

        assertThat(expected.lines()).isEqualTo(countLines(log.bytes()));
        assertSnapshot(Config.DEFAULT.toString(), snapshot(index(file)), expected);
        for (Config config : LogFixture.TINY_CONFIGS) {
            assertSnapshot(config.toString(), snapshot(index(file, config)), expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomLogs")
    void everyLineMapsToTheRecordHoldingIt(long seed, String eol, boolean preamble, boolean finalNewline)
            throws IOException {
        LogFixture fixture = LogFixture.random(seed, 120, eol, preamble);
        Built log = fixture.build(finalNewline || fixture.endsWithEmptyLine());
        Path file = log.writeTo(dir.resolve("lines-" + seed + ".log"));

        for (Config config : List.of(Config.DEFAULT, new Config(2, 16))) {
            RecordIndex index = index(file, config);
            int record = 0;
            for (long line = 0; line < log.lineCount(); line++) {
                while (record + 1 < log.records().size() && log.records().get(record + 1).firstLine() <= line) {
                    record++;
                }
                assertThat(index.recordOfLine(line)).as("%s: line %d", config, line).isEqualTo(record);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomLogs")
    void recordTextIsTheRecordsBytesWithoutNulHoleOrLastTerminator(long seed, String eol, boolean preamble,
                                                                   boolean finalNewline) throws IOException {
        LogFixture fixture = LogFixture.random(seed, 120, eol, preamble);
        Built log = fixture.build(finalNewline || fixture.endsWithEmptyLine());
        Path file = log.writeTo(dir.resolve("text-" + seed + ".log"));

        try (LogFile logFile = LogFile.open(file)) {
            RecordIndex index = new Config(2, 7).indexer().index(logFile, IndexListener.NONE, Cancellation.none());
            RecordReader reader = new RecordReader(logFile, index);
            for (int r = 0; r < log.records().size(); r++) {
                // A copytruncate NUL run before a record is part of its bytes but not of its text.
                String withoutHole = log.text(r).replaceFirst("^\u0000+", "");
                assertThat(reader.text(r, Integer.MAX_VALUE)).as("record %d", r).isEqualTo(withoutHole);
            }
        }
    }

    @Test
    void generatedLogMatchesTheGeneratorsSummary() throws IOException {
        for (Config config : List.of(Config.DEFAULT, new Config(2, 1000), new Config(1, 4096), new Config(2, 65536),
                new Config(2, 1 << 20))) {
            RecordIndex index = index(generated, config);
            String what = config.toString();
            assertThat(index.format().id()).as(what).isEqualTo("python-default");
            assertThat(index.indexedBytes()).as(what).isEqualTo(summary.bytes());
            assertThat(index.lineCount()).as(what).isEqualTo(summary.lines());
            assertThat(index.recordCount()).as(what).isEqualTo(summary.records());

            long multiline = 0;
            Map<String, Long> levels = new TreeMap<>();
            for (long r = 0; r < index.recordCount(); r++) {
                if (index.lineCountOf(r) > 1) {
                    multiline++;
                }
                levels.merge(index.level(r).name(), 1L, Long::sum);
            }
            assertThat(multiline).as(what + ": multi-line records").isEqualTo(summary.multilineRecords());
            assertThat(levels).as(what + ": levels").isEqualTo(new TreeMap<>(summary.levels()));
            assertThat(index.wallMillis(0)).as(what).isEqualTo(wallMillisOf(summary.firstTime()));
            assertThat(index.wallMillis(index.recordCount() - 1)).as(what).isEqualTo(wallMillisOf(summary.lastTime()));
        }
    }

    @Test
    void smallGeneratedLogMatchesItsSummaryWithTinySegments() throws IOException {
        Path small = dir.resolve("generated-small.log");
        PythonLogGenerator.Summary written = new PythonLogGenerator(7).write(small, 150_000);
        for (Config config : List.of(new Config(1, 7), new Config(2, 7), new Config(1, 16), new Config(2, 64))) {
            RecordIndex index = index(small, config);
            String what = config.toString();
            assertThat(index.lineCount()).as(what).isEqualTo(written.lines());
            assertThat(index.recordCount()).as(what).isEqualTo(written.records());
            long multiline = 0;
            for (long r = 0; r < index.recordCount(); r++) {
                multiline += index.lineCountOf(r) > 1 ? 1 : 0;
            }
            assertThat(multiline).as(what).isEqualTo(written.multilineRecords());
            assertSnapshot(what, snapshot(index), snapshot(index(small)));
        }
    }

    @Test
    void generatedLogIsIndexedIdenticallyWithEverySegmentSize() throws IOException {
        Snapshot reference = snapshot(index(generated));
        for (Config config : List.of(new Config(1, 1000), new Config(2, 4093), new Config(2, 65536),
                new Config(1, 1 << 20))) {
            assertSnapshot(config.toString(), snapshot(index(generated, config)), reference);
        }
    }

    @Test
    void generatedLogCountsAgreeWithAnIndependentCount() throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(generated);
        long heads = 0;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i > lineStart && startsWithAsctime(bytes, lineStart)) {
                    heads++;
                }
                lineStart = i + 1;
            }
        }
        RecordIndex index = index(generated);
        assertThat(index.lineCount()).isEqualTo(countLines(bytes));
        assertThat(index.recordCount()).isEqualTo(heads);
    }

    private static boolean startsWithAsctime(byte[] b, int p) {
        return p + 23 <= b.length && b[p] == '2' && b[p + 4] == '-' && b[p + 7] == '-' && b[p + 10] == ' '
                && b[p + 13] == ':' && b[p + 16] == ':' && b[p + 19] == ',';
    }

    private static long wallMillisOf(String iso) {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
