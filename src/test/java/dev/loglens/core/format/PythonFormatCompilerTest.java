package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PythonFormatCompilerTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            %(asctime)s - %(name)s - %(levelname)s - %(message)s | 2024-10-10 11:46:39,123 - a.b - ERROR - boom | ERROR | 2024-10-10T11:46:39.123
            %(levelname)-8s %(message)s                         | WARNING  disk full                             | WARNING |
            %(levelname)-8s %(message)s                         | CRITICAL disk full                             | CRITICAL |
            {asctime} {levelname:<8} {message}                  | 2024-10-10 11:46:39,123 INFO     started       | INFO | 2024-10-10T11:46:39.123
            $asctime $levelname $message                        | 2024-10-10 11:46:39,123 DEBUG tick             | DEBUG | 2024-10-10T11:46:39.123
            %(created)f %(levelno)s %(message)s                 | 1728560799.123456 40 failed                    | ERROR | 2024-10-10T11:46:39.123456Z
            [%(process)5d] %(levelname)s %(message)s            | [  123] INFO hello                             | INFO |
            """)
    void compiledFormatReadsLinesItWrote(String format, String line, String level, String time) {
        assertThat(parse(format, null, line)).isEqualTo(level + "|" + (time == null ? "" : time));
    }

    @Test
    void customDatefmtWithMillisecondsField() {
        assertThat(parse("%(asctime)s.%(msecs)03d %(levelname)s %(name)s: %(message)s", "%d/%b/%Y:%H:%M:%S",
                "10/Oct/2024:11:46:39.007 INFO api: ok")).isEqualTo("INFO|2024-10-10T11:46:39.007");
    }

    @Test
    void aLevelNameCutByThePrecisionIsTheLevelItStarts() {
        assertThat(parse("[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d] %(message)s", "%y%m%d %H:%M:%S",
                "[W 240101 12:00:01 web:2239] 404 GET /x")).isEqualTo("WARNING|2024-01-01T12:00:01");
        assertThat(parse("%(asctime)s [%(levelname)-5.5s]  %(message)s", null,
                "2024-10-10 11:46:39,123 [CRITI]  disk full")).isEqualTo("CRITICAL|2024-10-10T11:46:39.123");
        assertThat(parse("%(asctime)s [%(levelname)-5.5s]  %(message)s", null,
                "2024-10-10 11:46:39,123 [INFO ]  ok")).isEqualTo("INFO|2024-10-10T11:46:39.123");
        assertThat(parse("[%(levelname).1s] %(message)s", null, "[X] not a level")).isEqualTo("no match");
    }

    @Test
    void aLineOfAnotherLayoutIsNotARecordStart() {
        assertThat(parse("%(asctime)s - %(levelname)s - %(message)s", null, "Traceback (most recent call last):"))
                .isEqualTo("no match");
        assertThat(parse("%(levelname)s:%(name)s:%(message)s", null, "  name: Tesla V100")).isEqualTo("no match");
    }

    @Test
    void extraSpacesAfterALevelDoNotShiftTheMessage() {
        LogFormat format = PythonFormatCompiler.compile("t", "t", "%(asctime)s - %(name)s - %(levelname)s - %(message)s", null);
        byte[] line = "2024-10-10 11:46:39,123 - app - INFO  - msg".getBytes(StandardCharsets.UTF_8);
        ParsedLine parsed = new ParsedLine();
        parsed.reset();
        assertThat(format.newParser(new LevelTable()).parse(line, 0, line.length, parsed)).isTrue();
        int message = format.fieldNames().indexOf("message");
        assertThat(new String(line, parsed.fieldStart[message], parsed.fieldEnd[message] - parsed.fieldStart[message],
                StandardCharsets.UTF_8)).isEqualTo("msg");
    }

    @Test
    void aFormatWithoutAttributesIsRejected() {
        assertThatThrownBy(() -> PythonFormatCompiler.compile("x", "x", "just text", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute");
    }

    private static String parse(String format, String datefmt, String line) {
        LogFormat compiled = PythonFormatCompiler.compile("test", "test", format, datefmt);
        LevelTable levels = new LevelTable();
        ParsedLine parsed = new ParsedLine();
        parsed.reset();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (!compiled.newParser(levels).parse(bytes, 0, bytes.length, parsed)) {
            return "no match";
        }
        return levels.level(parsed.levelId).name() + "|" + (parsed.hasTime ? parsed.time.toIsoString() : "");
    }
}
