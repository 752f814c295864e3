package dev.loglens.cli;

import dev.loglens.core.Version;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** The headless commands, on the same engine as the window: {@code loglens COMMAND [OPTIONS] ARGS...}. */
public final class LogLensCli {

    static final int USAGE_ERROR = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintWriter out;
    private final PrintWriter err;

    LogLensCli(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        for (Command command : new Command[] {new StatsCommand(), new ExportCommand(), new HistogramCommand(), new FollowCommand(),
                new FormatsCommand(),
                new BenchCommand()}) {
            commands.put(command.name(), command);
        }
    }

    /** Whether these arguments ask for a headless command rather than the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return switch (args[0]) {
            case "stats", "export", "histogram", "follow", "formats", "bench", "help", "-h", "--help", "-V", "--version" -> true;
            default -> false;
        };
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return new LogLensCli(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    int execute(String... args) {
        if (args.length == 0 || isHelp(args[0])) {
            printOverview();
            return 0;
        }
        if (args[0].equals("-V") || args[0].equals("--version")) {
            out.println("LogLens " + Version.current());
            return 0;
        }
        if (args[0].equals("help")) {
            Command command = args.length > 1 ? commands.get(args[1]) : null;
            if (command == null) {
                printOverview();
            } else {
                printHelp(command);
            }
            return 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("loglens: unknown command '" + args[0] + "' (see loglens --help)");
            return USAGE_ERROR;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            Options options = command.options();
            options.addOption(Option.builder("h").longOpt("help").desc("Show this help.").build());
            CommandLine line = new DefaultParser().parse(options, rest);
            if (line.hasOption("help")) {
                printHelp(command);
                return 0;
            }
            return command.run(line, out, err);
        } catch (ParseException | UsageException e) {
            err.println("loglens " + command.name() + ": " + e.getMessage());
            return USAGE_ERROR;
        } catch (Exception e) {
            err.println("loglens " + command.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help");
    }

    private void printOverview() {
        out.println("Usage: loglens [FILE...]            open the window");
        out.println("       loglens COMMAND [OPTIONS] ARGS");
        out.println("LogLens: a fast log viewer that understands Python logs.");
        out.println();
        out.println("Commands:");
        for (Command command : commands.values()) {
            out.printf("  %-10s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("  -h, --help     Show this help (loglens COMMAND --help for a command).");
        out.println("  -V, --version  Print the version.");
    }

    private void printHelp(Command command) {
        Options options = command.options();
        options.addOption(Option.builder("h").longOpt("help").desc("Show this help.").build());
        HelpFormatter help = new HelpFormatter();
        help.setWidth(100);
        help.printHelp(out, help.getWidth(), "loglens " + command.name() + " [OPTIONS] " + command.arguments(),
                command.description(), options, help.getLeftPadding(), help.getDescPadding(), null, false);
    }
}
