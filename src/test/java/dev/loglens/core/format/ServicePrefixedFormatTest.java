package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Logs that {@code docker compose} prefixed with each service's name: read in the service's own format. */
class ServicePrefixedFormatTest {

    private static final String POSTGRES = """
            Attaching to warehouse_db-1
            warehouse_db-1  |\s
            warehouse_db-1  | PostgreSQL Database directory appears to contain a database; Skipping initialization
            warehouse_db-1  | 2025-12-22 11:25:37.602 UTC [1] LOG:  starting PostgreSQL 15.15
            warehouse_db-1  | 2025-12-22 11:25:37.603 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432
            warehouse_db-1  | 2025-12-22 11:30:37.702 UTC [27] ERROR:  relation "runs" does not exist at character 15
            warehouse_db-1  | 2025-12-22 11:30:37.702 UTC [27] STATEMENT:  SELECT * FROM runs
            warehouse_db-1  | \tWHERE id = 7
            warehouse_db-1 exited with code 0
            """;

    private static LogFormat detect(String text) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        return FormatDetector.builtIn().detect(head, head.length);
    }

    @Test
    void theLinesAfterThePrefixAreReadInTheServicesFormat() {
        LogFormat format = detect(POSTGRES);
        assertThat(format.id()).isEqualTo("compose/postgresql");
        assertThat(format.fieldNames()).contains("service", "pid", "message");
        LevelTable levels = new LevelTable();
        LineParser parser = format.newParser(levels);
        List<String> records = new ArrayList<>();
        for (String line : POSTGRES.split("\n")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            ParsedLine parsed = new ParsedLine();
            parsed.reset();
            if (parser.parse(b, 0, b.length, parsed)) {
                records.add(levels.level(parsed.levelId).name() + " " + parsed.time.toIsoString() + " "
                        + field(format, parsed, b, "service") + " " + field(format, parsed, b, "message"));
            }
        }
        // The banner, the indented SQL and compose's own last line continue the records before them.
        assertThat(records).containsExactly(
                "LOG 2025-12-22T11:25:37.602Z warehouse_db-1 starting PostgreSQL 15.15",
                "LOG 2025-12-22T11:25:37.603Z warehouse_db-1 listening on IPv4 address \"0.0.0.0\", port 5432",
                "ERROR 2025-12-22T11:30:37.702Z warehouse_db-1 relation \"runs\" does not exist at character 15",
                "STATEMENT 2025-12-22T11:30:37.702Z warehouse_db-1 SELECT * FROM runs");
    }

    @Test
    void colouredPrefixesAndSeveralServicesAreLookedPast() {
        String log = """
                \u001b[36mweb-1     |\u001b[0m 2024-10-10 11:46:39,123 - app - INFO - started
                \u001b[33mworker-1  |\u001b[0m 2024-10-10 11:46:40,001 - celery - WARNING - retrying
                \u001b[36mweb-1     |\u001b[0m 2024-10-10 11:46:41,500 - app - ERROR - failed
                \u001b[36mweb-1     |\u001b[0m Traceback (most recent call last):
                """;
        assertThat(detect(log).id()).isEqualTo("compose/python-default");
    }

    @Test
    void aLayoutThatStartsWithALevelAndABarIsNotAServicePrefix() {
        String log = """
                INFO     | app.main:run:12 - started
                WARNING  | app.main:run:13 - slow
                ERROR    | app.main:run:14 - failed
                """;
        assertThat(detect(log).id()).doesNotStartWith("compose/");
        assertThat(ServicePrefixedFormat.textStart("INFO_1 | x".getBytes(StandardCharsets.UTF_8), 0, 10)).isEqualTo(9);
        assertThat(ServicePrefixedFormat.textStart("ERROR | x".getBytes(StandardCharsets.UTF_8), 0, 9)).isNegative();
    }

    private static String field(LogFormat format, ParsedLine parsed, byte[] b, String name) {
        int f = format.fieldNames().indexOf(name);
        return new String(b, parsed.fieldStart[f], parsed.fieldEnd[f] - parsed.fieldStart[f], StandardCharsets.UTF_8);
    }
}
