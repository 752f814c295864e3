package dev.loglens.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log and the files it was rotated into, oldest first: Python's RotatingFileHandler and logrotate
 * ({@code app.log.3 … app.log.1}, possibly compressed: {@code app.log.2.gz}) and TimedRotatingFileHandler
 * ({@code app.log.2024-10-10}, {@code app.log.2024-10-10_11-46}), then the live {@code app.log}.
 */
public final class RotatedSet {

    private static final Pattern SUFFIX = Pattern.compile(
            "\\.(?:(?<number>\\d{1,4})|(?<date>\\d{4}-\\d\\d-\\d\\d(?:[_T]\\d\\d(?:-\\d\\d){0,2})?))(?<compressed>\\.(?:gz|bz2|xz|zst))?");

    private RotatedSet() {
    }

    /** The set {@code log} belongs to, oldest file first; just {@code log} when it has no rotated siblings. */
    public static List<Path> of(Path log) throws IOException {
        Path folder = log.toAbsolutePath().getParent();
        List<Rotation> rotations = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder, glob(log.getFileName().toString()) + ".*")) {
            for (Path sibling : siblings) {
                Matcher m = suffix(log, sibling);
                if (m != null && Files.isRegularFile(sibling)) {
                    rotations.add(new Rotation(sibling, m.group("number") == null ? -1 : Integer.parseInt(m.group("number")),
                            m.group("date") == null ? "" : m.group("date")));
                }
            }
        }
        // Numbered generations: the higher, the older. Dated ones: the earlier, the older; they come before the
        // numbered ones, which are always the most recent rotations when a set mixes both.
        rotations.sort(Comparator.comparing((Rotation r) -> r.number() >= 0)
                .thenComparing(Rotation::date)
                .thenComparing(Comparator.comparingInt(Rotation::number).reversed()));
        List<Path> set = new ArrayList<>();
        rotations.forEach(r -> set.add(r.path()));
        if (Files.exists(log)) {
            set.add(log);
        }
        return set;
    }

    /**
     * The generation number of {@code file} in the set of {@code log} ({@code app.log.3} gives 3), or -1 for the
     * live file, a dated generation or a compressed one.
     */
    public static int number(Path log, Path file) {
        Matcher m = suffix(log, file);
        return m != null && m.group("number") != null && m.group("compressed") == null
                ? Integer.parseInt(m.group("number")) : -1;
    }

    /** Whether {@code file} is a compressed generation of {@code log}: a copy made of one already rotated. */
    public static boolean isCompressed(Path log, Path file) {
        Matcher m = suffix(log, file);
        return m != null && m.group("compressed") != null;
    }

    /** The name of generation {@code number} of {@code log}: {@code app.log.3}. */
    public static Path numbered(Path log, int number) {
        return log.resolveSibling(log.getFileName() + "." + number);
    }

    private static Matcher suffix(Path log, Path file) {
        String base = log.getFileName().toString();
        String name = file.getFileName().toString();
        if (!name.startsWith(base)) {
            return null;
        }
        Matcher m = SUFFIX.matcher(name.substring(base.length()));
        return m.matches() ? m : null;
    }

    private static String glob(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private record Rotation(Path path, int number, String date) {
    }
}
