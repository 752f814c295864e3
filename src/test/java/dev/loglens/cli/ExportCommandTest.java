package dev.loglens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loglens.core.gen.PythonLogGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loglens export}: exact against an independent reading of generated logs. */
class ExportCommandTest {

    private static final Pattern RECORD_START = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} - .*");

    @TempDir
    Path dir;

    private record Run(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static Run run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(bytes, true));
            int code = new LogLensCli(new PrintWriter(System.out, true), new PrintWriter(err, true)).execute(args);
            System.out.flush();
            return new Run(code, bytes.toByteArray(), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    /** The records of a generated log, read independently: a line that starts with a timestamp starts one. */
    private static List<String> records(Path log) throws Exception {
        List<String> records = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(log)) {
            if (RECORD_START.matcher(line).matches() || current == null) {
                if (current != null) {
                    records.add(current.toString());
                }
                current = new StringBuilder();
            }
            current.append(line).append('\n');
        }
        if (current != null) {
            records.add(current.toString());
        }
        return records;
    }

    @Test
    void withNoFilterTextReproducesTheFileByteForByte() throws Exception {
        Path log = dir.resolve("app.log");
        new PythonLogGenerator(5).write(log, 2_000_000);
        Files.writeString(log, "a preamble line\r\n" + Files.readString(log) + "2024-10-10 23:59:59,000 - x - INFO - no newline",
                StandardCharsets.UTF_8);
        Run run = run("export", log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(Files.readAllBytes(log));
    }

    @Test
    void levelAndGrepFiltersGiveExactlyTheRecordsAnIndependentReadingGives() throws Exception {
        Path log = dir.resolve("app.log");
        new PythonLogGenerator(9).write(log, 1_000_000);
        StringBuilder errors = new StringBuilder();
        StringBuilder zero = new StringBuilder();
        for (String record : records(log)) {
            if (record.contains(" - ERROR - ") || record.contains(" - CRITICAL - ")) {
                errors.append(record);
            }
            if (record.contains("ZeroDivisionError")) {
                zero.append(record);
            }
        }
        assertThat(run("export", "--level", "ERROR", log.toString()).text()).isEqualTo(errors.toString());
        assertThat(zero).isNotEmpty();
        assertThat(run("export", "--grep", "ZeroDivisionError", log.toString()).text()).isEqualTo(zero.toString());
    }

    @Test
    void jsonLinesAndCsvCarryEveryRecordField() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), """
                2024-10-10 11:46:39,123 - app - INFO - started, "quoted"
                2024-10-10 11:46:40,000 - app.db - ERROR - query failed
                Traceback (most recent call last):
                ZeroDivisionError: division by zero
                """);
        String jsonl = run("export", "--to", "jsonl", log.toString()).text();
        List<JsonNode> records = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            records.add(new ObjectMapper().readTree(line));
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get("timestamp").asText()).isEqualTo("2024-10-10T11:46:40.000");
        assertThat(records.get(1).get("logger").asText()).isEqualTo("app.db");
        assertThat(records.get(1).get("message").asText())
                .isEqualTo("query failed\nTraceback (most recent call last):\nZeroDivisionError: division by zero");
        assertThat(records.get(1).get("line").asInt()).isEqualTo(2);

        String csv = run("export", "--to", "csv", log.toString()).text();
        assertThat(csv).startsWith("timestamp,level,logger,message,file,line\r\n");
        assertThat(csv).contains("\"started, \"\"quoted\"\"\""); // RFC 4180: quotes doubled inside quotes
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        mapper.readerForMapOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .<java.util.Map<String, String>>readValues(csv).forEachRemaining(rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("message", "started, \"quoted\"").containsEntry("level", "INFO")
                .containsEntry("file", log.toString()).containsEntry("line", "1");
        assertThat(rows.get(1)).containsEntry("timestamp", "2024-10-10T11:46:40.000").containsEntry("logger", "app.db")
                .containsEntry("message", "query failed\nTraceback (most recent call last):\nZeroDivisionError: division by zero");
    }

    @Test
    void javaUtilLoggingRowsTakeLevelAndMessageFromTheRecordsSecondLine() throws Exception {
        Path log = Files.writeString(dir.resolve("catalina.out"), """
                Oct 10, 2024 11:46:39 AM com.example.Server start
                INFO: listening on port 8080
                Oct 10, 2024 11:46:40 AM com.example.Server handle
                SEVERE: request failed
                java.lang.IllegalStateException: boom
                """);
        String csv = run("export", "--to", "csv", "--level", "ERROR", log.toString()).text();
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForMapOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .<java.util.Map<String, String>>readValues(csv).forEachRemaining(rows::add);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("timestamp", "2024-10-10T11:46:40").containsEntry("level", "SEVERE")
                .containsEntry("logger", "com.example.Server").containsEntry("method", "handle")
                .containsEntry("message", "request failed\njava.lang.IllegalStateException: boom")
                .containsEntry("line", "3");

        // The log's own level names are levels too, and --levels ERROR takes SEVERE, which ranks as ERROR.
        String severe = "Oct 10, 2024 11:46:40 AM com.example.Server handle\nSEVERE: request failed\n"
                + "java.lang.IllegalStateException: boom\n";
        assertThat(run("export", "--level", "SEVERE", log.toString()).text()).isEqualTo(severe);
        assertThat(run("export", "--levels", "ERROR", log.toString()).text()).isEqualTo(severe);
        assertThat(run("export", "--levels", "INFO", log.toString()).text())
                .isEqualTo("Oct 10, 2024 11:46:39 AM com.example.Server start\nINFO: listening on port 8080\n");
    }

    @Test
    void aFileOutputIsWrittenWholeAndTheSourceIsRefused() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "2024-10-10 11:46:39,123 - app - ERROR - boom\n");
        Path out = dir.resolve("errors.log");
        assertThat(run("export", "--level", "ERROR", "-o", out.toString(), log.toString()).code()).isZero();
        assertThat(Files.readString(out)).isEqualTo("2024-10-10 11:46:39,123 - app - ERROR - boom\n");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("app.log", "errors.log");
        }
        Run refused = run("export", "-o", log.toString(), log.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("is the log being exported");
        assertThat(Files.readString(log)).isEqualTo("2024-10-10 11:46:39,123 - app - ERROR - boom\n");
    }

    @Test
    void badOptionsAreOneLineUsageErrors() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "2024-10-10 11:46:39,123 - app - ERROR - boom\n");
        for (String[] args : new String[][] {{"--grep", "("}, {"--level", "LOUD"}, {"--since", "yesterday"},
                {"--since", "11:47"}, {"--since", "2024-10-11", "--until", "2024-10-10"}, {"--to", "xml"}}) {
            List<String> all = new ArrayList<>(List.of("export"));
            all.addAll(List.of(args));
            all.add(log.toString());
            Run bad = run(all.toArray(String[]::new));
            assertThat(bad.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(bad.err().strip().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void sinceAndUntilAreReadInTheFilesOwnTimeLayout() throws Exception {
        Path access = Files.writeString(dir.resolve("access.log"), String.join("\n",
                "10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] \"GET /a HTTP/1.1\" 200 10 \"-\" \"curl/8\"",
                "10.0.0.1 - - [10/Oct/2024:13:55:40 +0000] \"GET /b HTTP/1.1\" 500 10 \"-\" \"curl/8\"",
                "10.0.0.1 - - [10/Oct/2024:13:56:00 +0000] \"GET /c HTTP/1.1\" 200 10 \"-\" \"curl/8\"", ""));
        Run asWritten = run("export", access.toString(), "--since", "10/Oct/2024:13:55:40 +0000",
                "--until", "10/Oct/2024:13:56:00 +0000");
        assertThat(asWritten.code()).as(asWritten.err()).isZero();
        assertThat(asWritten.text()).containsOnlyOnce("GET /b").doesNotContain("GET /a", "GET /c");
        Run iso = run("export", access.toString(), "--since", "2024-10-10T13:55:40", "--until", "2024-10-10 13:56");
        assertThat(iso.text()).isEqualTo(asWritten.text());

        Path syslog = Files.writeString(dir.resolve("syslog"), String.join("\n",
                "Oct 10 11:46:39 host sshd[42]: started", "Oct 10 11:46:41 host sshd[42]: accepted", ""));
        Run yearless = run("export", syslog.toString(), "--since", "Oct 10 11:46:40");
        assertThat(yearless.code()).as(yearless.err()).isZero();
        assertThat(yearless.text()).isEqualTo("Oct 10 11:46:41 host sshd[42]: accepted\n");

        Run missing = run("export", dir.resolve("missing.log").toString(), "--since", "garbage");
        assertThat(missing.code()).as("a bad time is a usage error before any file is read").isEqualTo(2);

        Run unreadable = run("export", syslog.toString(), "--since", "10/Oct/2024:13:55:40 +0000");
        assertThat(unreadable.code()).isEqualTo(2);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err()).contains("--since '10/Oct/2024:13:55:40 +0000' is not a time in " + syslog);
    }

    @Test
    void aRegexThatTakesTooLongNamesTheRecordItFailedOn() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "2024-10-10 11:46:39,123 - app - INFO - ok\n"
                + "2024-10-10 11:46:40,000 - app - ERROR - " + "a".repeat(40) + "\n");
        Run slow = run("export", log.toString(), "--grep", "(.*a){20}x");
        assertThat(slow.code()).isEqualTo(1);
        assertThat(slow.err()).contains("takes too long").contains("on the record that starts \"2024-10-10 11:46:40,000 - app - ERROR");
    }
}
