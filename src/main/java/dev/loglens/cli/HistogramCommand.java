package dev.loglens.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.stats.Histogram;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TypedTimes;
import java.io.IOException;
import java.io.Writer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code loglens histogram FILE... --bucket 1m}: records per time bucket and level, one JSON object per
 * bucket, every bucket from the first record's to the last's, empty ones included.
 */
final class HistogramCommand implements Command {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    @Override
    public String name() {
        return "histogram";
    }

    @Override
    public String arguments() {
        return "FILE...";
    }

    @Override
    public String description() {
        return "Print records per time bucket and level, one JSON object per bucket and line:\n"
                + "{\"start\": \"2024-10-10T11:46:00\", \"counts\": {\"INFO\": 120, \"ERROR\": 3}}. Buckets start at whole\n"
                + "multiples of their size, in the time as written in the file; empty buckets are printed too.";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("bucket").hasArg().argName("SIZE")
                .desc("Bucket size: 1s, 30s, 1m, 5m, 1h, 1d... Default: 1m.").build());
        FilterOptions.addTo(options);
        return options;
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        List<String> files = line.getArgList();
        if (files.isEmpty()) {
            throw new UsageException("name at least one FILE");
        }
        long bucket;
        try {
            bucket = Histogram.parseSize(line.getOptionValue("bucket", "1m"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        FilterOptions.Spec spec = FilterOptions.parse(line);
        int failures = 0;
        for (String file : files) {
            try (LogFile log = LogFile.open(Path.of(file))) {
                FileIndexer indexer = FileIndexer.withBuiltInFormats();
                LogFormat format = indexer.detect(log);
                FilterOptions.Spec forFile = spec.forFile(file, format, log.modifiedDate());
                RecordIndex index = indexer.index(log, format, log.size(), IndexListener.NONE, Cancellation.none());
                Histogram histogram = Histogram.count(index, forFile.select(index, log), bucket, Cancellation.none());
                write(histogram, index.levels(), files.size() > 1 ? file : null, out);
                out.flush();
            } catch (IOException | IllegalArgumentException e) {
                out.flush();
                err.println("loglens histogram: " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static void write(Histogram histogram, LevelTable levels, String path, Writer out) throws IOException {
        DateTimeFormatter layout = histogram.bucketMillis() % 1000 == 0 ? SECONDS : MILLIS;
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null);
            for (int b = 0; b < histogram.bucketCount(); b++) {
                json.writeStartObject();
                if (path != null) {
                    json.writeStringField("path", path);
                }
                long start = histogram.bucketStart(b);
                json.writeStringField("start", layout.format(TypedTimes.dateTime(start)));
                json.writeObjectFieldStart("counts");
                for (int level = 0; level < histogram.levelCount(); level++) {
                    long count = histogram.count(b, level);
                    if (count > 0) {
                        json.writeNumberField(levels.level(level).name(), count);
                    }
                }
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }
}
