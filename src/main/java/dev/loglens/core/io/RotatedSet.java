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
        String base = log.getFileName().toString();
        List<Rotation> rotations = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder, glob(base) + ".*")) {
            for (Path sibling : siblings) {
                String suffix = sibling.getFileName().toString().substring(base.length());
                Matcher m = SUFFIX.matcher(suffix);
                if (m.matches() && Files.isRegularFile(sibling)) {
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

    private static String glob(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private record Rotation(Path path, int number, String date) {
    }
}
