package dev.loglens.cli;

import dev.loglens.core.format.FormatCatalog;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.PlainTextFormat;
import dev.loglens.core.format.UserFormats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code loglens formats}: the formats LogLens knows, one per line (id, then description), the user's own
 * first; {@code loglens formats add ID --python-format F [--datefmt D]} saves a Python layout as a user format.
 */
final class FormatsCommand implements Command {

    @Override
    public String name() {
        return "formats";
    }

    @Override
    public String arguments() {
        return "[add ID --python-format FORMAT [--datefmt DATEFMT]]";
    }

    @Override
    public String description() {
        return "List the log formats LogLens detects (user formats first, from " + UserFormats.directory() + "),\n"
                + "or save a Python logging format string as a format of your own.";
    }

    @Override
    public Options options() {
        return PythonFormatOptions.options();
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        List<String> args = line.getArgList();
        if (!args.isEmpty()) {
            return add(args, line, out);
        }
        FormatCatalog catalog = FormatCatalog.builtIn();
        for (LogFormat format : catalog.userFormats()) {
            out.printf("%-30s %s%n", format.id(), format.name());
        }
        for (LogFormat format : catalog.detectable()) {
            if (!catalog.userFormats().contains(format)) {
                out.printf("%-30s %s%n", format.id(), format.name());
            }
        }
        out.printf("%-30s %s%n", PlainTextFormat.INSTANCE.id(), PlainTextFormat.INSTANCE.name());
        for (String problem : catalog.userFormatProblems()) {
            err.println("loglens formats: skipped " + problem);
        }
        return 0;
    }

    private static int add(List<String> args, CommandLine line, PrintWriter out) throws Exception {
        if (args.size() != 2 || !args.get(0).equals("add") || !args.get(1).matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UsageException("use: formats add ID --python-format FORMAT [--datefmt DATEFMT] (ID: letters, "
                    + "digits, . _ -)");
        }
        LogFormat format = PythonFormatOptions.format(line)
                .orElseThrow(() -> new UsageException("formats add needs --python-format"));
        String id = args.get(1);
        Path saved = UserFormats.savePython(UserFormats.directory(), id, line.getOptionValue("python-format"),
                line.getOptionValue("datefmt"), "");
        out.println("saved " + format.name() + " as " + id + " in " + saved);
        return 0;
    }
}
