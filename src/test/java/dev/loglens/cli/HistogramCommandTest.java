package dev.loglens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loglens.core.gen.PythonLogGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loglens histogram}: exact counts, checked against an independent reading of generated logs. */
class HistogramCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RECORD = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d),\\d{3} - \\S+ - (DEBUG|INFO|WARNING|ERROR|CRITICAL) - .*");

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new LogLensCli(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /** Bucket start -> level -> count, by reading the lines with a regular expression, nothing shared with LogLens. */
    private static Map<String, Map<String, Long>> independentCount(Path log, int bucketSeconds, String onlyLevel)
            throws Exception {
        Map<String, Map<String, Long>> buckets = new TreeMap<>();
        DateTimeFormatter written = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
        for (String line : Files.readAllLines(log)) {
            Matcher m = RECORD.matcher(line);
            if (!m.matches() || (onlyLevel != null && !m.group(2).equals(onlyLevel))) {
                continue;
            }
            LocalDateTime time = LocalDateTime.parse(m.group(1), written);
            int second = time.getHour() * 3600 + time.getMinute() * 60 + time.getSecond();
            LocalDateTime start = time.toLocalDate().atStartOfDay().plusSeconds(second / bucketSeconds * bucketSeconds);
            buckets.computeIfAbsent(start.toString().length() == 16 ? start + ":00" : start.toString(),
                    k -> new TreeMap<>()).merge(m.group(2), 1L, Long::sum);
        }
        return buckets;
    }

    private static Map<String, Map<String, Long>> parse(String output) throws Exception {
        Map<String, Map<String, Long>> buckets = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            JsonNode bucket = JSON.readTree(line);
            Map<String, Long> counts = new TreeMap<>();
            bucket.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
            buckets.put(bucket.get("start").asText(), counts);
        }
        return buckets;
    }

    @Test
    void countsEveryRecordInItsBucketExactly() throws Exception {
        Path log = dir.resolve("train.log");
        new PythonLogGenerator(7).write(log, 3_000_000);
        Map<String, Map<String, Long>> expected = independentCount(log, 5, null);
        Map<String, Map<String, Long>> got = parse(run("histogram", "--bucket", "5s", log.toString()));
        got.values().removeIf(Map::isEmpty);
        assertThat(got).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(10);
    }

    @Test
    void theFiltersOfExportApply() throws Exception {
        Path log = dir.resolve("train.log");
        new PythonLogGenerator(11).write(log, 1_000_000);
        Map<String, Map<String, Long>> got = parse(run("histogram", "--bucket", "1m", "--levels", "ERROR",
                log.toString()));
        got.values().removeIf(Map::isEmpty);
        assertThat(got).isEqualTo(independentCount(log, 60, "ERROR"));
    }

    @Test
    void everyBucketFromFirstToLastIsPrintedEmptyOnesIncludedAlignedToTheSize() throws Exception {
        Path log = Files.writeString(dir.resolve("gap.log"), """
                2024-10-10 11:46:39,123 - app - INFO - before the gap
                2024-10-10 11:46:59,999 - app - ERROR - still the same minute
                2024-10-10 11:50:00,000 - app - WARNING - after the gap
                """);
        assertThat(run("histogram", "--bucket", "1m", log.toString())).isEqualTo("""
                {"start":"2024-10-10T11:46:00","counts":{"INFO":1,"ERROR":1}}
                {"start":"2024-10-10T11:47:00","counts":{}}
                {"start":"2024-10-10T11:48:00","counts":{}}
                {"start":"2024-10-10T11:49:00","counts":{}}
                {"start":"2024-10-10T11:50:00","counts":{"WARNING":1}}
                """);
    }

    @Test
    void aBadBucketSizeIsAUsageError() {
        assertThat(LogLensCli.run("histogram", "--bucket", "fortnight", dir.resolve("x.log").toString())).isEqualTo(2);
    }
}
