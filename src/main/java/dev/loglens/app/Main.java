package dev.loglens.app;

import dev.loglens.cli.LogLensCli;
import dev.loglens.core.format.FormatCatalog;
import dev.loglens.ui.LogLensApp;
import dev.loglens.ui.PulseBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Starts LogLens. Not a subclass of {@code Application}, so that {@code java -jar} works with JavaFX on the
 * class path: headless commands never touch JavaFX, anything else opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        FormatCatalog.preload();
        if (args.length > 0 && args[0].equals("bench-ui")) {
            System.exit(PulseBenchmark.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (LogLensCli.isCommand(args)) {
            System.exit(LogLensCli.run(args));
        }
        if (looksLikeAMistypedCommand(args)) {
            System.err.println("loglens: '" + args[0] + "' is neither a command nor a file; see loglens --help");
            System.exit(2);
        }
        LogLensApp.launchWith(args);
    }

    /** A first word with no dot or slash that names no file: a command misspelt, not a log to open. */
    private static boolean looksLikeAMistypedCommand(String[] args) {
        return args.length > 0 && args[0].matches("[A-Za-z][A-Za-z-]*") && !Files.exists(Path.of(args[0]));
    }
}
