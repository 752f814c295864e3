package dev.loglens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loglens.core.gen.PythonLogGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new LogLensCli(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void statsOfAGeneratedLogMatchWhatTheGeneratorWrote() throws Exception {
        Path log = dir.resolve("app.log");
        PythonLogGenerator.Summary written = new PythonLogGenerator(7).write(log, 300_000);
        Run run = run("stats", log.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode stats = JSON.readTree(run.out());
        assertThat(stats.get("path").asText()).isEqualTo(log.toString());
        assertThat(stats.get("format").asText()).isEqualTo("python-default");
        assertThat(stats.get("bytes").asLong()).isEqualTo(written.bytes());
        assertThat(stats.get("lines").asLong()).isEqualTo(written.lines());
        assertThat(stats.get("records").asLong()).isEqualTo(written.records());
        assertThat(stats.get("multiline_records").asLong()).isEqualTo(written.multilineRecords());
        Map<String, Long> levels = new java.util.HashMap<>();
        stats.get("levels").fields().forEachRemaining(level -> levels.put(level.getKey(), level.getValue().asLong()));
        assertThat(levels).isEqualTo(written.levels());
        assertThat(stats.get("first_ts").asText()).isEqualTo(written.firstTime());
        assertThat(stats.get("last_ts").asText()).isEqualTo(written.lastTime());
    }

    @Test
    void onePrintedLinePerFileAndTimesAsWrittenWithTheirOffset() throws Exception {
        Path gunicorn = Files.writeString(dir.resolve("gunicorn.log"), """
                [2021-09-15 15:42:07 +0900] [62383] [INFO] Starting gunicorn 20.1.0
                [2021-09-15 15:42:08 +0900] [62383] [ERROR] Worker failed to boot
                Traceback (most recent call last):
                  File "app.py", line 3, in <module>
                ValueError: bad config
                """);
        Path basic = Files.writeString(dir.resolve("basic.log"), "WARNING:root:low disk\nINFO:app:started\n");
        Run run = run("stats", gunicorn.toString(), basic.toString());
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("records").asLong()).isEqualTo(2);
        assertThat(first.get("multiline_records").asLong()).isEqualTo(1);
        assertThat(first.get("first_ts").asText()).isEqualTo("2021-09-15T15:42:07+09:00");
        assertThat(first.get("last_ts").asText()).isEqualTo("2021-09-15T15:42:08+09:00");
        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.get("format").asText()).isEqualTo("python-basic");
        assertThat(second.get("first_ts").isNull()).isTrue();
        assertThat(second.get("levels").get("WARNING").asLong()).isEqualTo(1);
    }

    @Test
    void aPythonFormatStringReadsALayoutNoBuiltInFormatKnows() throws Exception {
        Path log = Files.writeString(dir.resolve("custom.log"), """
                10/Oct/2024:11:46:39.007 INFO api: ok
                10/Oct/2024:11:46:40.100 ERROR api: boom
                  at handler()
                """);
        Run run = run("stats", "--python-format", "%(asctime)s.%(msecs)03d %(levelname)s %(name)s: %(message)s",
                "--datefmt", "%d/%b/%Y:%H:%M:%S", log.toString());
        JsonNode stats = JSON.readTree(run.out());
        assertThat(stats.get("format").asText()).isEqualTo("python-custom");
        assertThat(stats.get("records").asLong()).isEqualTo(2);
        assertThat(stats.get("last_ts").asText()).isEqualTo("2024-10-10T11:46:40.100");
        assertThat(stats.get("levels").get("ERROR").asLong()).isEqualTo(1);
    }

    @Test
    void aBadPythonFormatIsAUsageError() {
        Run run = run("stats", "--python-format", "no attributes here", "x.log");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--python-format");
    }

    @Test
    void formatsListsEveryDetectableFormatOncePerLine() {
        Run run = run("formats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().map(l -> l.split("\\s+")[0]))
                .contains("python-default", "json-lines", "syslog-rfc3164", "android-logcat", "glog", "generic", "plain")
                .doesNotHaveDuplicates();
    }

    @Test
    void aRotatedSetIsOneLogFromItsOldestFileToItsLiveOne() throws Exception {
        Files.writeString(dir.resolve("svc.log.2"), "2024-10-10 10:00:00,000 - svc - INFO - oldest\n");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("svc.log.1.gz")))) {
            out.write("2024-10-10 11:00:00,000 - svc - ERROR - middle\n".getBytes(StandardCharsets.UTF_8));
        }
        Path live = Files.writeString(dir.resolve("svc.log"), "2024-10-10 12:00:00,000 - svc - INFO - newest\n");
        JsonNode stats = JSON.readTree(run("stats", "--rotated", live.toString()).out());
        assertThat(stats.get("records").asLong()).isEqualTo(3);
        assertThat(stats.get("levels").get("ERROR").asLong()).isEqualTo(1);
        assertThat(stats.get("first_ts").asText()).isEqualTo("2024-10-10T10:00:00.000");
        assertThat(stats.get("last_ts").asText()).isEqualTo("2024-10-10T12:00:00.000");
    }

    @Test
    void anEmptyFileIsALogWithNoRecords() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.log"));
        Run run = run("stats", empty.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode stats = JSON.readTree(run.out());
        assertThat(stats.get("records").asLong()).isZero();
        assertThat(stats.get("lines").asLong()).isZero();
        assertThat(stats.get("levels").size()).isZero();
    }

    @Test
    void missingBinaryAndDirectoryArgumentsGetOneLineErrorsAndAFailingExitCode() throws Exception {
        Path binary = Files.write(dir.resolve("model.bin"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 9, 1, 2});
        Path good = Files.writeString(dir.resolve("ok.log"), "INFO:app:fine\n", StandardCharsets.UTF_8);
        Run run = run("stats", dir.resolve("missing.log").toString(), binary.toString(), dir.toString(), good.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip().split("\n")).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("loglens stats: "));
        assertThat(run.err()).contains("no such file").contains("binary").contains("directory").doesNotContain("Exception");
        assertThat(run.out().strip().split("\n")).hasSize(1);
    }

    @Test
    void helpPrintsTheUsage() {
        Run run = run("stats", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("usage: loglens stats").contains("first_ts");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        Run run = run("stats", "--colour", "x.log");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("loglens stats: ").contains("--colour").doesNotContain("Exception");
    }

    @Test
    void overviewAndVersion() {
        assertThat(run("--help").out()).contains("stats").contains("bench");
        assertThat(run("--version").out()).startsWith("LogLens ");
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
    }
}
