package dev.loglens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loglens follow}: a writer thread logs through rotations while the follow prints, filtered. */
class FollowCommandTest {

    @TempDir
    Path dir;

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String record(int seq) {
        String head = "2024-10-10 11:46:" + String.format("%02d", seq % 60) + ",000 - trainer.loop - "
                + (seq % 10 == 9 ? "ERROR" : "INFO") + " - seq=" + seq + "\n";
        return seq % 10 == 9 ? head + "Traceback (most recent call last):\n  File \"train.py\", line 1\n"
                + "ValueError: loss is NaN at " + seq + "\n" : head;
    }

    private String follow(List<String> args, Path log, int records) throws Exception {
        CommandLine line = new DefaultParser().parse(new FollowCommand().options(), args.toArray(String[]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter errors = new StringWriter();
        FollowCommand.Follow follow = new FollowCommand.Follow(List.of(log), false, FilterOptions.parse(line),
                FollowCommand.outputFormat(line), out, new PrintWriter(errors));
        Thread writer = new Thread(() -> {
            try {
                for (int seq = 0; seq < records; seq++) {
                    append(log, record(seq));
                    if (seq % 250 == 249) { // as RotatingFileHandler does: app.log.1 becomes app.log.2...
                        for (int backup = seq / 250; backup >= 1; backup--) {
                            Files.move(dir.resolve("app.log." + backup), dir.resolve("app.log." + (backup + 1)));
                        }
                        Files.move(log, dir.resolve("app.log.1"));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long[] quietSince = {0};
        int[] loops = {0};
        follow.run(() -> {
            if (++loops[0] == 2) {
                writer.start(); // after the first look: a follow prints what is written from then on
            }
            if (writer.getState() == Thread.State.TERMINATED) {
                quietSince[0] = quietSince[0] == 0 ? System.nanoTime() : quietSince[0];
                return System.nanoTime() - quietSince[0] < 300_000_000L;
            }
            return true;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryRecordOnceInOrderThroughRotationAsJsonLines() throws Exception {
        Path log = dir.resolve("app.log");
        String output = follow(List.of("--to", "jsonl"), log, 1000);
        List<JsonNode> records = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : output.split("\n")) {
            records.add(json.readTree(line));
        }
        assertThat(records).hasSize(1000);
        for (int seq = 0; seq < 1000; seq++) {
            JsonNode record = records.get(seq);
            assertThat(record.get("message").asText()).startsWith("seq=" + seq);
            assertThat(record.get("logger").asText()).isEqualTo("trainer.loop");
            assertThat(record.get("level").asText()).isEqualTo(seq % 10 == 9 ? "ERROR" : "INFO");
            assertThat(record.get("timestamp").asText()).startsWith("2024-10-10T11:46:");
        }
        assertThat(records.get(9).get("message").asText()).endsWith("ValueError: loss is NaN at 9");
    }

    @Test
    void filtersAsExportDoesAndPrintsTextAsWritten() throws Exception {
        Path log = dir.resolve("app.log");
        String output = follow(List.of("--level", "ERROR", "--grep", "NaN at \\d*99\\b"), log, 1000);
        StringBuilder expected = new StringBuilder();
        for (int seq = 99; seq < 1000; seq += 100) {
            expected.append(record(seq));
        }
        assertThat(output).isEqualTo(expected.toString());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(LogLensCli.run("follow", "--level", "LOUD", dir.resolve("x.log").toString())).isEqualTo(2);
        assertThat(LogLensCli.run("follow", "--grep", "(", dir.resolve("x.log").toString())).isEqualTo(2);
        assertThat(LogLensCli.run("follow", "--to", "xml", dir.resolve("x.log").toString())).isEqualTo(2);
    }
}
