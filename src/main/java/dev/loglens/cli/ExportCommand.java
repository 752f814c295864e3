package dev.loglens.cli;

import dev.loglens.core.export.AtomicWrite;
import dev.loglens.core.export.RecordExporter;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.query.FilterPicker;
import dev.loglens.core.query.RegexTimeoutException;
import dev.loglens.core.task.Cancellation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code loglens export FILE... [filters] [--to text|jsonl|csv] [-o OUT]}: the records the filters pass, as
 * text (exact bytes), JSON Lines or CSV, to standard output or to a file written beside the target first and
 * moved into place, so a failed export leaves nothing half-written.
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String arguments() {
        return "FILE...";
    }

    @Override
    public String description() {
        return "Write the records the filters pass, as text (each record's bytes as in the file), JSON Lines or CSV.\n"
                + "With no filter, --to text reproduces the file byte for byte.";
    }

    @Override
    public Options options() {
        Options options = new Options();
        FilterOptions.addTo(options);
        options.addOption(Option.builder().longOpt("to").hasArg().argName("FORMAT")
                .desc("text (the default), jsonl or csv.").build());
        options.addOption(Option.builder("o").longOpt("output").hasArg().argName("OUT")
                .desc("Write to OUT (through a temporary file beside it) instead of standard output.").build());
        return options;
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        List<Path> files = Command.files(line);
        RecordExporter.Form form = form(line.getOptionValue("to", "text"));
        FilterOptions.Spec spec = FilterOptions.parse(line);
        Path target = line.hasOption("o") ? Path.of(line.getOptionValue("o")) : null;
        if (target != null) {
            for (Path file : files) {
                if (AtomicWrite.isSameFile(target, file)) {
                    throw new UsageException("-o " + target + " is the log being exported: choose another file");
                }
            }
        }
        int[] failures = {0};
        List<Source> sources = sources(files, spec, err, failures);
        out.flush();
        if (target == null) {
            OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
            failures[0] += exportAll(sources, form, stdout, err);
            stdout.flush();
            return failures[0] == 0 ? 0 : 1;
        }
        try {
            AtomicWrite.write(target, file -> {
                failures[0] += exportAll(sources, form, file, err);
                if (failures[0] > 0) {
                    throw new IOException("not every file could be read");
                }
            });
            return 0;
        } catch (IOException e) {
            if (failures[0] == 0) {
                err.println("loglens export: cannot write " + target + ": " + AtomicWrite.explain(e));
            }
            return 1;
        }
    }

    /** A file to export, its detected format and the options as they read its times. */
    private record Source(Path path, LogFormat format, FilterOptions.Spec spec) {
    }

    /**
     * Detects each file's format, so that every {@code --since} and {@code --until} is read (or refused, before
     * anything is written) in the file's own time layout. A file that cannot be read is reported and counted.
     */
    private static List<Source> sources(List<Path> files, FilterOptions.Spec spec, PrintWriter err, int[] failures)
            throws UsageException {
        List<Source> sources = new ArrayList<>();
        for (Path path : files) {
            try (LogFile log = LogFile.open(path)) {
                LogFormat format = FileIndexer.withBuiltInFormats().detect(log);
                sources.add(new Source(path, format, spec.forFile(path.toString(), format, log.modifiedDate())));
            } catch (IOException e) {
                err.println("loglens export: " + e.getMessage());
                failures[0]++;
            }
        }
        return sources;
    }

    private static RecordExporter.Form form(String to) throws UsageException {
        return switch (to) {
            case "text" -> RecordExporter.Form.TEXT;
            case "jsonl" -> RecordExporter.Form.JSONL;
            case "csv" -> RecordExporter.Form.CSV;
            default -> throw new UsageException("--to " + to + ": use text, jsonl or csv");
        };
    }

    /** Exports each file in turn; returns how many could not be read. */
    private static int exportAll(List<Source> sources, RecordExporter.Form form, OutputStream out, PrintWriter err)
            throws IOException {
        int failures = 0;
        for (Source source : sources) {
            FilterOptions.Spec spec = source.spec();
            try (LogFile log = LogFile.open(source.path())) {
                RecordExporter.exportPicked(FileIndexer.withBuiltInFormats(), log, source.format(),
                        source.path().toString(), index -> new FilterPicker(spec.filter(), spec::passesLevel, index),
                        form, out, Cancellation.none());
            } catch (RegexTimeoutException e) {
                err.println("loglens export: " + source.path() + ": " + e.getMessage());
                failures++;
            } catch (IOException e) {
                if (AtomicWrite.isDiskFull(e)) {
                    throw e;
                }
                err.println("loglens export: " + e.getMessage());
                failures++;
            }
        }
        return failures;
    }
}
