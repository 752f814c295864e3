package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.loglens.core.format.FormatDetector;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes log files line by line and remembers, independently of the engine, where each record starts, on
 * which line, how many lines it has, its level and its time, so that tests can compare an index against it.
 */
final class LogFixture {

    static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    static final String NONE = "NONE";

    /** One record as the test expects the index to describe it. */
    record Rec(long start, long end, long firstLine, long lineCount, String level, long wallMillis) {
    }

    /** Everything an index tells about a file. */
    record Snapshot(String format, long bytes, long lines, List<Rec> records) {
    }

    /** An indexer configuration: {@code segmentSize} 0 means the default {@link FileIndexer#withBuiltInFormats()}. */
    record Config(int parallelism, int segmentSize) {
        static final Config DEFAULT = new Config(0, 0);

        FileIndexer indexer() {
            return segmentSize == 0 ? FileIndexer.withBuiltInFormats()
                    : new FileIndexer(FormatDetector.builtIn(), parallelism, segmentSize);
        }

        @Override
        public String toString() {
            return segmentSize == 0 ? "default indexer" : "parallelism " + parallelism + ", segment " + segmentSize + " B";
        }
    }

    /** Tiny segments (every boundary case) and a few larger ones, with one and two workers. */
    static final List<Config> TINY_CONFIGS = List.of(new Config(1, 7), new Config(2, 7), new Config(1, 16),
            new Config(2, 16), new Config(1, 64), new Config(2, 64), new Config(2, 1000), new Config(1, 4096));

    private record Line(byte[] content, boolean head, String level, long wallMillis) {
    }

    private final byte[] eol;
    private final List<Line> lines = new ArrayList<>();

    LogFixture(String eol) {
        this.eol = eol.getBytes(StandardCharsets.US_ASCII);
    }

    static LogFixture lf() {
        return new LogFixture("\n");
    }

    static LogFixture crlf() {
        return new LogFixture("\r\n");
    }

    static long millis(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static String asctime(LocalDateTime time) {
        return ASCTIME.format(time);
    }

    /** A line that does not start a record (a preamble, a traceback line, a blank line). */
    LogFixture line(String text) {
        return line(text.getBytes(StandardCharsets.UTF_8));
    }

    LogFixture line(byte[] raw) {
        lines.add(new Line(raw, false, null, TimeFields.NO_TIME));
        return this;
    }

    /** A line that starts a record, written by the caller in any format. */
    LogFixture head(byte[] raw, String level, long wallMillis) {
        lines.add(new Line(raw, true, level, wallMillis));
        return this;
    }

    /** A record in {@code %(asctime)s - %(name)s - %(levelname)s - %(message)s}, then its continuation lines. */
    LogFixture record(LocalDateTime time, String level, String logger, String message, String... continuation) {
        return record(new byte[0], time, level, logger, message.getBytes(StandardCharsets.UTF_8), continuation);
    }

    LogFixture record(byte[] prefix, LocalDateTime time, String level, String logger, byte[] message,
                      String... continuation) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(prefix);
        head.writeBytes((asctime(time) + " - " + logger + " - " + level + " - ").getBytes(StandardCharsets.UTF_8));
        head.writeBytes(message);
        head(head.toByteArray(), level, millis(time));
        for (String line : continuation) {
            line(line);
        }
        return this;
    }

    Built build(boolean finalNewline) {
        if (!finalNewline && !lines.isEmpty() && lines.get(lines.size() - 1).content().length == 0) {
            throw new IllegalStateException("an empty last line needs its newline to exist");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(lines.get(i).content());
            if (i < lines.size() - 1 || finalNewline) {
                out.writeBytes(eol);
            }
        }
        byte[] bytes = out.toByteArray();
        List<Integer> heads = new ArrayList<>();
        if (!lines.isEmpty() && !lines.get(0).head()) {
            heads.add(0); // the preamble: lines before the first record are a record of level NONE
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).head()) {
                heads.add(i);
            }
        }
        List<Rec> records = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            int first = heads.get(k);
            int next = k + 1 < heads.size() ? heads.get(k + 1) : lines.size();
            Line line = lines.get(first);
            long end = next < lines.size() ? offsets[next] : bytes.length;
            records.add(new Rec(offsets[first], end, first, next - first, line.head() ? line.level() : NONE,
                    line.head() ? line.wallMillis() : TimeFields.NO_TIME));
        }
        return new Built(bytes, records, lines.size(), offsets, eol.length);
    }

    /** A written file and what the test expects of its index. */
    record Built(byte[] bytes, List<Rec> records, long lineCount, long[] lineOffsets, int eolLength) {

        Path writeTo(Path file) throws IOException {
            Files.write(file, bytes);
            return file;
        }

        Snapshot expected(String format) {
            return new Snapshot(format, bytes.length, lineCount, records);
        }

        /** The text RecordReader should give for a record: its bytes without the final line terminator. */
        String text(int record) {
            Rec rec = records.get(record);
            int end = (int) rec.end();
            if (end == bytes.length && bytes.length > 0 && bytes[end - 1] == '\n') {
                end -= eolLength;
            } else if (end < bytes.length) {
                end -= eolLength;
            }
            return new String(bytes, (int) rec.start(), end - (int) rec.start(), StandardCharsets.UTF_8);
        }
    }

    // ---- indexing and comparing ----

    static RecordIndex index(Path file, Config config) throws IOException {
        try (LogFile log = LogFile.open(file)) {
            return config.indexer().index(log, IndexListener.NONE, Cancellation.none());
        }
    }

    static RecordIndex index(Path file) throws IOException {
        return index(file, Config.DEFAULT);
    }

    static Snapshot snapshot(RecordIndex index) {
        List<Rec> records = new ArrayList<>();
        for (long r = 0; r < index.recordCount(); r++) {
            records.add(new Rec(index.startOffset(r), index.endOffset(r), index.firstLine(r), index.lineCountOf(r),
                    index.level(r).name(), index.wallMillis(r)));
        }
        return new Snapshot(index.format().id(), index.indexedBytes(), index.lineCount(), records);
    }

    /** Lines in the bytes, counted without the engine: every '\n', plus an unterminated last line. */
    static long countLines(byte[] bytes) {
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
    }

    /** Asserts the snapshot equals what is expected, naming the first record that differs. */
    static void assertSnapshot(String what, Snapshot actual, Snapshot expected) {
        assertThat(actual.format()).as(what + ": format").isEqualTo(expected.format());
        assertThat(actual.bytes()).as(what + ": indexed bytes").isEqualTo(expected.bytes());
        assertThat(actual.lines()).as(what + ": line count").isEqualTo(expected.lines());
        List<Rec> a = actual.records();
        List<Rec> e = expected.records();
        for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
            if (!a.get(i).equals(e.get(i))) {
                fail("%s: record %d is%n  %s%nbut should be%n  %s%n(record count %d, expected %d)", what, i, a.get(i),
                        e.get(i), a.size(), e.size());
            }
        }
        assertThat(a.size()).as(what + ": record count").isEqualTo(e.size());
    }

    /** Indexes the file with the default indexer and every tiny configuration; all must give {@code expected}. */
    static void assertEveryIndexerGives(Path file, Snapshot expected, List<Config> configs) throws IOException {
        assertSnapshot(Config.DEFAULT.toString(), snapshot(index(file)), expected);
        for (Config config : configs) {
            assertSnapshot(config.toString(), snapshot(index(file, config)), expected);
        }
    }

    static void assertEveryIndexerGives(Path file, Snapshot expected) throws IOException {
        assertEveryIndexerGives(file, expected, TINY_CONFIGS);
    }

    // ---- random logs ----

    private static final String[] LEVELS = {"DEBUG", "INFO", "INFO", "INFO", "WARNING", "ERROR", "CRITICAL"};
    private static final String[] LOGGERS = {"app", "app.db", "trainer.data", "urllib3.connectionpool", "root"};
    private static final String[] CONTINUATIONS = {"", "Traceback (most recent call last):",
        "  File \"/app/handler.py\", line 42, in handle", "    result = compute(batch)",
        "ZeroDivisionError: division by zero", "\tat com.example.Main.run(Main.java:12)", "   ", "-- more --",
        "{\"payload\": [1, 2, 3]}", "2024 was a good year"};
    private static final String WORDS = "loss step epoch query ms ok GET /api/v1 status=200 é ü — ✓ 日本 ";

    /**
     * A python-default log with everything that stresses segment boundaries: tracebacks, blank lines, lines
     * longer than a tiny segment, multi-byte and invalid UTF-8, NULs before a record, an optional preamble.
     */
    static LogFixture random(long seed, int records, String eol, boolean preamble) {
        Random random = new Random(seed);
        LogFixture log = new LogFixture(eol);
        if (preamble) {
            log.line("starting worker pid=4242").line("").line("  config: {\"debug\": true}");
        }
        LocalDateTime time = LocalDateTime.of(2024, 10, 10, 11, 46, 39, 123_000_000);
        for (int r = 0; r < records; r++) {
            time = time.plusNanos(random.nextInt(5000) * 1_000_000L);
            String level = LEVELS[random.nextInt(LEVELS.length)];
            String logger = LOGGERS[random.nextInt(LOGGERS.length)];
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            int length = random.nextInt(10) == 0 ? 200 + random.nextInt(2000) : random.nextInt(80);
            while (message.size() < length) {
                int w = random.nextInt(WORDS.length() - 8);
                message.writeBytes(WORDS.substring(w, w + 1 + random.nextInt(7)).getBytes(StandardCharsets.UTF_8));
                if (random.nextInt(40) == 0) {
                    message.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0x28, (byte) 0x80});
                }
            }
            byte[] prefix = random.nextInt(30) == 0 ? new byte[1 + random.nextInt(20)] : new byte[0];
            int extra = random.nextInt(4) == 0 ? random.nextInt(6) : 0;
            String[] continuation = new String[extra];
            for (int i = 0; i < extra; i++) {
                continuation[i] = CONTINUATIONS[random.nextInt(CONTINUATIONS.length)];
            }
            log.record(prefix, time, level, logger, message.toByteArray(), continuation);
        }
        return log;
    }

    boolean endsWithEmptyLine() {
        return !lines.isEmpty() && lines.get(lines.size() - 1).content().length == 0;
    }
}
