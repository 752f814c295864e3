package dev.loglens.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The formats LogLens knows, read from the JSON resources under {@code dev/loglens/core/formats}. Each
 * resource file is read the first time it is needed: a Python log is detected with the first file (the
 * Python layouts) alone, so the other files stay off the start-up path of most commands.
 */
public final class FormatCatalog {

    private static final String FOLDER = "/dev/loglens/core/formats/";

    private record Group(List<FormatDefinition> definitions, List<LogFormat> formats) {
    }

    private final List<String> files;
    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    private FormatCatalog(List<String> files) {
        this.files = List.copyOf(files);
    }

    private static final class BuiltIn {
        static final FormatCatalog INSTANCE = new FormatCatalog(
                ((List<?>) read("catalog.json")).stream().map(String.class::cast).toList());
    }

    public static FormatCatalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Starts reading the Python layouts on a background thread, so that work overlaps whatever the caller
     * does before it opens its first file; detection then waits only for what is left.
     */
    public static void preload() {
        Thread loader = new Thread(() -> builtIn().primary(), "loglens-format-catalog");
        loader.setDaemon(true);
        loader.start();
    }

    private Group group(String file) {
        return groups.computeIfAbsent(file, name -> {
            List<FormatDefinition> definitions = new ArrayList<>();
            List<LogFormat> compiled = new ArrayList<>();
            for (Object definition : (List<?>) read(name)) {
                FormatDefinition parsed = FormatDefinition.fromJson(definition);
                definitions.add(parsed);
                compiled.add(parsed.toFormat());
            }
            return new Group(List.copyOf(definitions), List.copyOf(compiled));
        });
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
        List<LogFormat> all = new ArrayList<>();
        files.forEach(file -> all.addAll(group(file).formats()));
        return all;
    }

    public List<FormatDefinition> definitions() {
        List<FormatDefinition> all = new ArrayList<>();
        files.forEach(file -> all.addAll(group(file).definitions()));
        return all;
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

    /** What detection tries first: the user's formats and the Python layouts (the first resource file). */
    public List<LogFormat> primary() {
        List<LogFormat> first = new ArrayList<>(userFormats());
        first.addAll(group(files.get(0)).formats());
        return first;
    }

    /** What detection tries: the user's formats, every format here, then the generic fallback. */
    public List<LogFormat> detectable() {
        List<LogFormat> all = new ArrayList<>(userFormats());
        all.addAll(formats());
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
