package dev.loglens.app;

import dev.loglens.cli.LogLensCli;
import dev.loglens.core.format.FormatCatalog;
import dev.loglens.ui.LogLensApp;
import dev.loglens.ui.PulseBenchmark;

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
            System.exit(PulseBenchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (LogLensCli.isCommand(args)) {
            System.exit(LogLensCli.run(args));
        }
        LogLensApp.launchWith(args);
    }
}
