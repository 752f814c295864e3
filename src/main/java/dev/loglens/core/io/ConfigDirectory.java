package dev.loglens.core.io;

import java.nio.file.Path;

/** Where LogLens keeps the user's settings and formats: {@code $XDG_CONFIG_HOME/loglens}, or {@code ~/.config/loglens}. */
public final class ConfigDirectory {

    private ConfigDirectory() {
    }

    /** The folder; the {@code loglens.configDir} system property overrides it (tests, portable installs). */
    public static Path path() {
        String override = System.getProperty("loglens.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("loglens");
    }
}
