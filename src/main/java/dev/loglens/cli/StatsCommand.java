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
import java.util.Optional;
import dev.loglens.core.format.LogFormat;
import java.util.Map;
import dev.loglens.core.io.LogFileException;
import dev.loglens.core.io.RotatedSet;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code loglens stats FILE...}: one JSON object per file with its format, size, record and level counts and time span. */
final class StatsCommand implements Command {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String arguments() {
        return "FILE...";
    }

    @Override
    public String description() {
        return "Print one JSON object per file, one per line: path, format, bytes, lines, records,\n"
                + "multiline_records, levels (level -> count), first_ts and last_ts (ISO 8601 as written in the file).";
    }

    @Override
    public Options options() {
        Options options = PythonFormatOptions.options();
        options.addOption(Option.builder().longOpt("rotated").desc("Read each FILE with its rotated siblings "
                + "(app.log.1, app.log.2.gz, app.log.2024-10-10, ...) as one log, oldest first.").build());
        return options;
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageException {
        List<String> files = line.getArgList();
        if (files.isEmpty()) {
            throw new UsageException("name at least one FILE");
        }
        Optional<LogFormat> format = PythonFormatOptions.format(line);
        int failures = 0;
        for (String file : files) {
            try {
                out.println(toJson(line.hasOption("rotated") ? rotatedStats(Path.of(file), format)
                        : stats(Path.of(file), format)));
                out.flush();
            } catch (IOException e) {
                err.println("loglens stats: " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static LogStats stats(Path file, Optional<LogFormat> format) throws IOException {
        try (LogFile log = LogFile.open(file)) {
            return stats(file, log, format);
        }
    }

    /** The set {@code file} belongs to, read as one log (see {@link LogFile#openSet}). */
    static LogStats rotatedStats(Path file, Optional<LogFormat> format) throws IOException {
        List<Path> set = RotatedSet.of(file);
        if (set.isEmpty()) {
            throw new LogFileException(file + ": no such file, and no rotated files beside it");
        }
        try (LogFile log = LogFile.openSet(set)) {
            return stats(file, log, format);
        }
    }

    private static LogStats stats(Path file, LogFile log, Optional<LogFormat> format) throws IOException {
        FileIndexer indexer = FileIndexer.withBuiltInFormats();
        RecordIndex index = format.isPresent()
                ? indexer.index(log, format.get(), log.size(), IndexListener.NONE, Cancellation.none())
                : indexer.index(log, IndexListener.NONE, Cancellation.none());
        return StatsCollector.collect(file.toString(), index, new RecordReader(log, index));
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
