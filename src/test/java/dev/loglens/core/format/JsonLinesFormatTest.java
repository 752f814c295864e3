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

    private static String time(String line) {
        ParsedLine parsed = new ParsedLine();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return JSON.newParser(new LevelTable()).parse(bytes, 0, bytes.length, parsed) && parsed.hasTime
                ? parsed.time.toIsoString() : "no time";
    }

    @ParameterizedTest(name = "{0} is at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"level":"info","ts":1650203458.4853199,"msg":"zap"}                         | 2022-04-17T13:50:58.4853199Z
            {"time":1650203458123,"msg":"pino"}                                          | 2022-04-17T13:50:58.123Z
            {"ts":1.6502034585E9,"msg":"exponent"}                                       | 2022-04-17T13:50:58.500Z
            {"level":"error","date":"Tue Oct 30 2018 02:11:56 GMT+0000 (UTC)"}           | 2018-10-30T02:11:56Z
            {"level":"error","date":"Tue Oct 30 2018 04:11:56 GMT+0200 (CEST)"}          | 2018-10-30T04:11:56+02:00
            {"level":"info","timestamp":"Tue, 30 Oct 2018 02:11:56 GMT"}                 | 2018-10-30T02:11:56Z
            {"level":"info","timestamp":"2018-10-30 02:11:56,123"}                       | 2018-10-30T02:11:56.123
            {"level":"info","timestamp":"soon"}                                          | no time
            """)
    void timesAreReadAsTheLoggersWriteThem(String line, String time) {
        assertThat(time(line)).isEqualTo(time);
    }
}
