package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonLinesFormatTest {

    private static final LogFormat JSON = FormatCatalog.builtIn().byId("json-lines").orElseThrow();

    private static String level(String line) {
        LevelTable levels = new LevelTable();
        ParsedLine parsed = new ParsedLine();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return JSON.newParser(levels).parse(bytes, 0, bytes.length, parsed) ? levels.level(parsed.levelId).name()
                : "not a record";
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"level": 30, "msg": "pino info"}        | INFO
            {"level": 10, "msg": "pino trace"}       | TRACE
            {"level": 60, "msg": "pino fatal"}       | CRITICAL
            {"levelno": 40, "message": "python"}     | ERROR
            {"severity": "warn", "message": "gcp"}   | WARNING
            {"event": "structlog", "level": "debug"} | DEBUG
            {"nested": {"level": "error"}}           | not a record
            [1, 2, 3]                                | not a record
            """)
    void levelsAreReadOnTheScaleTheirKeyImplies(String line, String level) {
        assertThat(level(line)).isEqualTo(level);
    }

    @Test
    void aJsonObjectCutOffAfterItsHeadStillStartsARecord() {
        // The indexer parses only the head of a line longer than its buffer.
        assertThat(level("{\"payload\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")).isEqualTo("NONE");
        assertThat(level("{\"level\": \"error\", \"payload\": \"xxxxxxxxxxxxxxx")).isEqualTo("ERROR");
        // A pretty-printed object's opening line is no record: its keys follow on lines of their own.
        assertThat(level("{")).isEqualTo("not a record");
        assertThat(level("    {")).isEqualTo("not a record");
    }
}
