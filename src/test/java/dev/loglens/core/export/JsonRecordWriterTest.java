package dev.loglens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loglens.core.format.FormatCatalog;
import dev.loglens.core.format.FormatDefinition;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.format.RecordHead;
import dev.loglens.core.format.RegexFormat;
import dev.loglens.core.level.LevelTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRecordWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode[] write(LogFormat format, String... records) throws Exception {
        LevelTable levels = new LevelTable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonRecordWriter writer = new JsonRecordWriter(out, format, levels)) {
            for (String record : records) {
                byte[] b = record.getBytes(StandardCharsets.UTF_8);
                ParsedLine parsed = new ParsedLine();
                new RecordHead(format, levels).parse(b, 0, b.length, parsed);
                writer.write(b, b.length, parsed, "app.log", 7);
            }
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        JsonNode[] nodes = new JsonNode[lines.length];
        for (int i = 0; i < lines.length; i++) {
            nodes[i] = JSON.readTree(lines[i]);
        }
        return nodes;
    }

    @Test
    void aPythonRecordGivesItsFieldsAndItsTracebackInTheMessage() throws Exception {
        LogFormat python = FormatCatalog.builtIn().byId("python-default").orElseThrow();
        JsonNode record = write(python, "2024-10-10 11:46:40,000 - app.db - ERROR - query failed\n"
                + "Traceback (most recent call last):\nZeroDivisionError: division by zero")[0];
        assertThat(record.get("timestamp").asText()).isEqualTo("2024-10-10T11:46:40.000");
        assertThat(record.get("level").asText()).isEqualTo("ERROR");
        assertThat(record.get("logger").asText()).isEqualTo("app.db");
        assertThat(record.get("message").asText())
                .isEqualTo("query failed\nTraceback (most recent call last):\nZeroDivisionError: division by zero");
        assertThat(record.get("file").asText()).isEqualTo("app.log");
        assertThat(record.get("line").asLong()).isEqualTo(7);
    }

    @Test
    void aJavaUtilLoggingRecordTakesItsLevelAndMessageFromItsSecondLine() throws Exception {
        LogFormat jul = FormatCatalog.builtIn().byId("java-jul").orElseThrow();
        JsonNode record = write(jul, "Oct 10, 2024 11:46:40 AM com.example.Server handle\r\n"
                + "SEVERE: request failed\r\njava.lang.IllegalStateException: boom\r\n\tat Server.handle(Server.java:42)")[0];
        assertThat(record.get("timestamp").asText()).isEqualTo("2024-10-10T11:46:40");
        assertThat(record.get("level").asText()).isEqualTo("SEVERE");
        assertThat(record.get("logger").asText()).isEqualTo("com.example.Server");
        assertThat(record.get("method").asText()).isEqualTo("handle");
        assertThat(record.get("message").asText()).isEqualTo("request failed\r\n"
                + "java.lang.IllegalStateException: boom\r\n\tat Server.handle(Server.java:42)");
    }

    @Test
    void aRecordsOwnFileAndLineDoNotTakeThePlaceOfTheLogsFileAndLine() throws Exception {
        JsonNode json = write(FormatCatalog.builtIn().byId("json-lines").orElseThrow(),
                "{\"level\": \"info\", \"msg\": \"saved\", \"file\": \"train.py\", \"line\": 42}")[0];
        assertThat(json.get("file").asText()).isEqualTo("app.log");
        assertThat(json.get("line").asInt()).isEqualTo(7);
        assertThat(json.get("record_file").asText()).isEqualTo("train.py");
        assertThat(json.get("record_line").asInt()).isEqualTo(42);

        FormatDefinition.RegexLayout layout = new FormatDefinition.RegexLayout(
                "(?<time>\\d\\d:\\d\\d:\\d\\d) (?<file>\\S+) (?<message>.*)", List.of("%H:%M:%S"), Map.of(), null, null,
                false);
        JsonNode regex = write(new RegexFormat("user", "a user's format", layout), "11:46:39 main.go saved")[0];
        assertThat(regex.get("file").asText()).isEqualTo("app.log");
        assertThat(regex.get("record_file").asText()).isEqualTo("main.go");
    }

    @Test
    void aJsonRecordKeepsItsOtherKeysAndACutLineLeavesTheOutputWhole() throws Exception {
        LogFormat json = FormatCatalog.builtIn().byId("json-lines").orElseThrow();
        JsonNode[] records = write(json,
                "{\"level\": \"info\", \"event\": \"epoch done\", \"epoch\": 3, \"metrics\": {\"loss\": 0.2}}",
                "{\"level\": \"error\", \"event\": \"crash\", \"step\": 9, \"extra\": {\"k\": 1, \"j\": [1, 2",
                "{\"level\": \"info\", \"event\": \"restarted\"}");
        assertThat(records).hasSize(3);
        assertThat(records[0].get("message").asText()).isEqualTo("epoch done");
        assertThat(records[0].get("epoch").asInt()).isEqualTo(3);
        assertThat(records[0].get("metrics").get("loss").asDouble()).isEqualTo(0.2);
        assertThat(records[0].has("event")).isFalse(); // it is the message
        assertThat(records[1].get("level").asText()).isEqualTo("ERROR");
        assertThat(records[1].get("step").asInt()).isEqualTo(9);
        assertThat(records[1].has("extra")).isFalse();
        assertThat(records[2].get("message").asText()).isEqualTo("restarted");
    }
}
