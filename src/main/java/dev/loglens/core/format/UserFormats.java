package dev.loglens.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.loglens.core.io.ConfigDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats the user has defined, one JSON file each (the same shape as the built-in resources) in
 * {@code $XDG_CONFIG_HOME/loglens/formats/} (or {@code ~/.config/loglens/formats/}). They are tried
 * before the built-in ones, so a user's layout wins over a similar built-in one.
 */
public final class UserFormats {

    private UserFormats() {
    }

    /** The folder of user formats; the {@code loglens.configDir} system property overrides it (portable use, tests). */
    public static Path directory() {
        return ConfigDirectory.path().resolve("formats");
    }

    /** Reads every {@code *.json} in the folder; a file that is not a valid format is reported, not fatal. */
    public static List<LogFormat> load(Path folder, List<String> problems) {
        List<LogFormat> formats = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return formats;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    Object json = JsonValues.read(in);
                    for (Object definition : json instanceof List<?> list ? list : List.of(json)) {
                        formats.add(FormatDefinition.fromJson(definition).toFormat());
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add(file + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(folder + ": " + e.getMessage());
        }
        return formats;
    }

    /** Saves a Python logging layout as a format of the user's, so every later start knows it. */
    public static Path savePython(Path folder, String id, String format, String datefmt, String sampleLine)
            throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(id + ".json");
        Path temporary = Files.createTempFile(folder, id, ".tmp");
        try (JsonGenerator json = new JsonFactory().createGenerator(Files.newBufferedWriter(temporary))) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("name", "User: " + format);
            json.writeObjectFieldStart("python");
            json.writeStringField("format", format);
            if (datefmt != null) {
                json.writeStringField("datefmt", datefmt);
            }
            json.writeEndObject();
            json.writeArrayFieldStart("samples");
            json.writeStartObject();
            json.writeStringField("line", sampleLine);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
