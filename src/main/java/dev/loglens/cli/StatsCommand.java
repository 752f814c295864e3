package dev.loglens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.io.RecordReader;
import dev.loglens.core.stats.LogStats;
import dev.loglens.core.stats.StatsCollector;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loglens stats FILE...}: one JSON object per file with its format, size, record and level counts and time span. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print one JSON object per file, one per line: path, format, bytes, lines, records,",
            "multiline_records, levels (level -> count), first_ts and last_ts (ISO 8601 as written in the file)."})
final class StatsCommand implements Callable<Integer> {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Log files to summarise.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path file : files) {
            try {
                out.println(toJson(stats(file)));
                out.flush();
            } catch (IOException e) {
                err.println("loglens stats: " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static LogStats stats(Path file) throws IOException {
        try (LogFile log = LogFile.open(file)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(log, IndexListener.NONE, Cancellation.none());
            return StatsCollector.collect(file.toString(), index, new RecordReader(log, index));
        }
    }

    static String toJson(LogStats stats) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("path", stats.path());
            json.writeStringField("format", stats.format());
            json.writeNumberField("bytes", stats.bytes());
            json.writeNumberField("lines", stats.lines());
            json.writeNumberField("records", stats.records());
            json.writeNumberField("multiline_records", stats.multilineRecords());
            json.writeObjectFieldStart("levels");
            for (Map.Entry<String, Long> level : stats.levels().entrySet()) {
                json.writeNumberField(level.getKey(), level.getValue());
            }
            json.writeEndObject();
            json.writeStringField("first_ts", stats.firstTime());
            json.writeStringField("last_ts", stats.lastTime());
            json.writeEndObject();
        }
        return text.toString();
    }
}
