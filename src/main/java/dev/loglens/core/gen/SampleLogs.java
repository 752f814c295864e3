package dev.loglens.core.gen;

import dev.loglens.core.export.AtomicWrite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The sample log set a new user opens from the start screen or Help: half an hour of a Python service's
 * {@code logging} output with tracebacks and an incident midway, rotated by RotatingFileHandler into
 * {@code app.log.1} (older) and {@code app.log}. Written by the project's own generator, always the same
 * bytes; {@code assets/samples} ships the same files.
 */
public final class SampleLogs {

    /** The file to open: the current log, whose rotated sibling joins it as one log. */
    public static final String CURRENT = "app.log";
    public static final String ROTATED = "app.log.1";

    private static final long SEED = 7;
    private static final long BYTES = 300_000;
    /** 2024-10-10 09:00:00,000 UTC, wall clock. */
    private static final long START_MILLIS = 1_728_550_800_000L;

    private SampleLogs() {
    }

    /**
     * Writes the set into {@code folder} (created if need be); returns the files, oldest first. A file that
     * already holds its bytes is left alone, and one that does not is replaced whole, never rewritten in place
     * (it may be open in a tab).
     */
    public static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        new PythonLogGenerator(SEED, new PythonLogGenerator.Pace(START_MILLIS, 2_500, true)).write(all, BYTES);
        byte[] bytes = all.toByteArray();
        int split = recordStartAfter(bytes, bytes.length / 2);
        Path rotated = folder.resolve(ROTATED);
        Path current = folder.resolve(CURRENT);
        writeIfChanged(rotated, Arrays.copyOfRange(bytes, 0, split));
        writeIfChanged(current, Arrays.copyOfRange(bytes, split, bytes.length));
        return List.of(rotated, current);
    }

    private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        AtomicWrite.write(file, out -> out.write(bytes));
    }

    /** Where the first record at or after {@code from} starts: a line that begins with a digit (its date). */
    private static int recordStartAfter(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] >= '0' && bytes[i + 1] <= '9') {
                return i + 1;
            }
        }
        return bytes.length;
    }
}
