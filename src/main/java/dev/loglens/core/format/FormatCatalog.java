package dev.loglens.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The formats LogLens knows, read from the JSON resources under {@code dev/loglens/core/formats}. */
public final class FormatCatalog {

    private static final String FOLDER = "/dev/loglens/core/formats/";

    private final List<FormatDefinition> definitions;
    private final List<LogFormat> formats;

    private FormatCatalog(List<FormatDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
        List<LogFormat> compiled = new ArrayList<>();
        for (FormatDefinition definition : definitions) {
            compiled.add(definition.toFormat());
        }
        this.formats = List.copyOf(compiled);
    }

    private static final class BuiltIn {
        static final FormatCatalog INSTANCE = load();
    }

    public static FormatCatalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Starts reading the built-in formats on a background thread, so that work overlaps whatever the caller
     * does before it opens its first file; {@link #builtIn()} then waits only for what is left.
     */
    public static void preload() {
        Thread loader = new Thread(FormatCatalog::builtIn, "loglens-format-catalog");
        loader.setDaemon(true);
        loader.start();
    }

    private static FormatCatalog load() {
        List<FormatDefinition> all = new ArrayList<>();
        for (Object file : (List<?>) read("catalog.json")) {
            for (Object definition : (List<?>) read((String) file)) {
                all.add(FormatDefinition.fromJson(definition));
            }
        }
        return new FormatCatalog(all);
    }

    private static Object read(String resource) {
        try (InputStream in = FormatCatalog.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing format resource " + FOLDER + resource);
            }
            return JsonValues.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read format resource " + resource, e);
        }
    }

    public List<LogFormat> formats() {
        return formats;
    }

    public List<FormatDefinition> definitions() {
        return definitions;
    }

    public Optional<LogFormat> byId(String id) {
        if (PlainTextFormat.INSTANCE.id().equals(id)) {
            return Optional.of(PlainTextFormat.INSTANCE);
        }
        if (GenericFormat.INSTANCE.id().equals(id)) {
            return Optional.of(GenericFormat.INSTANCE);
        }
        return detectable().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** What detection tries: the user's formats, every format here, then the generic fallback. */
    public List<LogFormat> detectable() {
        List<LogFormat> all = new ArrayList<>(userFormats());
        all.addAll(formats);
        all.add(GenericFormat.INSTANCE);
        return all;
    }

    /** The user's saved formats (see {@link UserFormats}), read once. */
    public List<LogFormat> userFormats() {
        return UserFormatsHolder.FORMATS;
    }

    /** Why a user format file could not be read, if any could not. */
    public List<String> userFormatProblems() {
        return UserFormatsHolder.PROBLEMS;
    }

    private static final class UserFormatsHolder {
        static final List<String> PROBLEMS = new ArrayList<>();
        static final List<LogFormat> FORMATS = UserFormats.load(UserFormats.directory(), PROBLEMS);
    }
}
