package dev.loglens.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands, on the same engine as the window. */
@Command(name = "loglens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"LogLens: a fast log viewer that understands Python logs.",
            "With no command (or only files), opens the window: loglens [FILE...]"},
        subcommands = {StatsCommand.class, BenchCommand.class})
public final class LogLensCli {

    private static final Set<String> COMMAND_WORDS = Set.of("stats", "bench", "help", "-h", "--help", "-V",
            "--version");

    private LogLensCli() {
    }

    /** Whether these arguments ask for a headless command rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND_WORDS.contains(args[0]);
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command tree, with errors reported in one line each rather than as stack traces. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LogLensCli());
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println("loglens: " + exception.getMessage());
            return 1;
        });
        return commandLine;
    }
}
