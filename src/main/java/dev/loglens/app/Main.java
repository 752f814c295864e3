package dev.loglens.app;

import dev.loglens.cli.LogLensCli;
import dev.loglens.core.format.FormatCatalog;
import dev.loglens.ui.LogLensApp;

/**
 * Starts LogLens. Not a subclass of {@code Application}, so that {@code java -jar} works with JavaFX on the
 * class path: headless commands never touch JavaFX, anything else opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        FormatCatalog.preload();
        if (LogLensCli.isCommand(args)) {
            System.exit(LogLensCli.run(args));
        }
        LogLensApp.launchWith(args);
    }
}
