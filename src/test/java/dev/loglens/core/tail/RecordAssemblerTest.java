package dev.loglens.core.tail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.format.FormatCatalog;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.RecordFields;
import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Followed lines become records as the indexer makes them, levels and fields included. */
class RecordAssemblerTest {

    private record Assembled(String text, String level, String message, long line) {
    }

    @Test
    void aJavaUtilLoggingRecordTakesItsLevelAndMessageFromItsSecondLine() {
        LogFormat jul = FormatCatalog.builtIn().byId("java-jul").orElseThrow();
        LevelTable levels = new LevelTable();
        int message = jul.fieldNames().indexOf("message");
        List<Assembled> records = new ArrayList<>();
        RecordAssembler assembler = new RecordAssembler(jul, levels, LocalDate.of(2024, 10, 10),
                (b, length, first, file, line) -> records.add(new Assembled(
                        new String(b, 0, length, StandardCharsets.UTF_8), levels.level(first.levelId).name(),
                        RecordFields.text(b, first, message), line)));
        String[] lines = {
            "Oct 10, 2024 11:46:40 AM com.example.Server handle",
            "SEVERE: request failed",
            "java.lang.IllegalStateException: boom",
            "Oct 10, 2024 11:46:41 AM com.example.Server stop",
            "INFO: stopped",
        };
        for (int i = 0; i < lines.length; i++) {
            // Each line at a different place in a bigger buffer, as a follower reads them.
            byte[] b = ("xx" + lines[i] + "yy").getBytes(StandardCharsets.UTF_8);
            assembler.line(b, 2, b.length - 2, Path.of("server.log"), i + 1);
        }
        assembler.flush();

        assertThat(records).containsExactly(
                new Assembled(lines[0] + "\n" + lines[1] + "\n" + lines[2], "SEVERE", "request failed", 1),
                new Assembled(lines[3] + "\n" + lines[4], "INFO", "stopped", 4));
    }
}
