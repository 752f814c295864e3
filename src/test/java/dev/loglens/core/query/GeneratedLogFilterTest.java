package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.gen.PythonLogGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters over a generated log of a few megabytes, checked against a naive reading of its text. */
class GeneratedLogFilterTest {

    private static final Pattern HEAD = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) - (\\S+) - ([A-Z]+) - ");
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    /** One record as the naive reading sees it. */
    private record Rec(String text, String level, String logger, long millis) {
    }

    @TempDir
    static Path dir;
    private static Path file;
    private static List<Rec> records;

    @BeforeAll
    static void generate() throws IOException {
        file = dir.resolve("generated.log");
        new PythonLogGenerator(7).write(file, 3 << 20);
        records = new ArrayList<>();
        StringBuilder text = null;
        Matcher head = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = HEAD.matcher(line);
            if (m.find()) {
                addRecord(text, head);
                text = new StringBuilder(line);
                head = m;
            } else {
                text.append('\n').append(line);
            }
        }
        addRecord(text, head);
    }

    private static void addRecord(StringBuilder text, Matcher head) {
        if (text != null) {
            long millis = LocalDateTime.parse(head.group(1), ASCTIME).toInstant(ZoneOffset.UTC).toEpochMilli();
            records.add(new Rec(text.toString(), head.group(3), head.group(2), millis));
        }
    }

    private static List<Long> expected(Predicate<Rec> passes) {
        List<Long> rows = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            if (passes.test(records.get(r))) {
                rows.add((long) r);
            }
        }
        return rows;
    }

    /** The filter's rows with small and default blocks, which must equal the naive rows and not be trivial. */
    private static void assertRows(OpenLog log, RecordFilter filter, Predicate<Rec> naive) throws IOException {
        List<Long> expected = expected(naive);
        assertThat(expected.size()).as("a filter that tells records apart").isBetween(10, records.size() - 10);
        for (int blockSize : new int[] {1000, 64 * 1024, RecordBlocks.DEFAULT_BLOCK_SIZE}) {
            assertThat(log.filter(filter, blockSize)).as("block size %d", blockSize).isEqualTo(expected);
        }
    }

    @Test
    void indexHasTheRecordsOfTheNaiveReading() throws IOException {
        try (OpenLog log = OpenLog.open(file)) {
            assertThat(log.index.recordCount()).isEqualTo(records.size());
            assertThat(log.filter(RecordFilter.all(), 1000)).hasSize(records.size());
        }
    }

    @Test
    void severeRecordsWithAnExceptionInTheirTraceback() throws IOException {
        try (OpenLog log = OpenLog.open(file)) {
            RecordFilter filter = RecordFilter.all()
                    .withOnlyLevels(log.levelId("ERROR"), log.levelId("CRITICAL"))
                    .withIncludes(List.of(TextMatcher.literal("zerodivisionerror", false)));
            assertRows(log, filter, r -> Set.of("ERROR", "CRITICAL").contains(r.level())
                    && r.text().toLowerCase().contains("zerodivisionerror"));
        }
    }

    @Test
    void serverErrorsInATimeWindowOutsideOneLogger() throws IOException {
        try (OpenLog log = OpenLog.open(file)) {
            long from = records.get(records.size() / 3).millis();
            long until = records.get(records.size() * 2 / 3).millis();
            Pattern status = Pattern.compile("status=50\\d", Pattern.MULTILINE);
            RecordFilter filter = RecordFilter.all()
                    .withIncludes(List.of(TextMatcher.regex("status=50\\d", true)))
                    .withExcludes(List.of(TextMatcher.literal("duration_ms=1", true)))
                    .withTimeRange(from, until);
            assertRows(log, filter, r -> status.matcher(r.text()).find() && !r.text().contains("duration_ms=1")
                    && r.millis() >= from && r.millis() < until);
        }
    }

    @Test
    void oneLoggerTreeWithoutLowLosses() throws IOException {
        try (OpenLog log = OpenLog.open(file)) {
            Pattern lowLoss = Pattern.compile("loss=0\\.[0-4]");
            RecordFilter filter = RecordFilter.all()
                    .withLoggerPrefix("trainer")
                    .withExcludes(List.of(TextMatcher.regex("loss=0\\.[0-4]", true)))
                    .withLevelShown(log.levelId("DEBUG"), false);
            assertRows(log, filter, r -> (r.logger().equals("trainer") || r.logger().startsWith("trainer."))
                    && !lowLoss.matcher(r.text()).find() && !r.level().equals("DEBUG"));
        }
    }
}
