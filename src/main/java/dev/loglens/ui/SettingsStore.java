package dev.loglens.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.loglens.core.export.AtomicWrite;
import dev.loglens.core.io.ConfigDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps {@link Settings} in {@code settings.json} in the config directory. Saving happens on a background
 * thread (the JavaFX thread does no file I/O), through a temporary file moved into place so a crash never
 * leaves half a file; a missing or damaged file gives the defaults.
 */
final class SettingsStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ExecutorService writer = Background.singleThread("loglens-settings");

    SettingsStore(Path file) {
        this.file = file;
    }

    static SettingsStore inConfigDirectory() {
        return new SettingsStore(ConfigDirectory.path().resolve("settings.json"));
    }

    /** Reads the settings; call off the JavaFX thread. */
    Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class);
        } catch (IOException damaged) {
            System.err.println("loglens: ignoring unreadable settings " + file + ": " + damaged.getMessage());
            return Settings.defaults();
        }
    }

    /** Writes the settings in the background; the last of several quick saves wins. */
    void save(Settings settings) {
        writer.execute(() -> write(settings));
    }

    private void write(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.write(file, out -> JSON.writeValue(out, settings));
        } catch (IOException e) {
            System.err.println("loglens: cannot save settings to " + file + ": " + e.getMessage());
        }
    }

    /** Waits for pending saves (on exit, so the last change is not lost). */
    void flush() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
