package dev.loglens.core.gen;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a deterministic log in Python's {@code %(asctime)s - %(name)s - %(levelname)s - %(message)s}
 * layout: several loggers, the five standard levels, and tracebacks under some ERROR records. The same
 * seed and size always give the same bytes, so benchmarks compare like with like, and the generator
 * reports what it wrote so tests can check the engine against it.
 */
public final class PythonLogGenerator {

    public static final String FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s";

    private static final String[] LOGGERS = {"trainer", "trainer.data", "trainer.optim", "api.http", "api.db",
        "worker.queue", "urllib3.connectionpool", "root"};
    private static final String[] LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"};
    /** Cumulative per-mille chances of each level. */
    private static final int[] LEVEL_ODDS = {200, 800, 920, 990, 1000};
    /** The same during an incident: warnings and errors take over. */
    private static final int[] INCIDENT_ODDS = {50, 300, 550, 950, 1000};
    private static final long START_MILLIS = 1_728_560_799_123L; // 2024-10-10 11:46:39,123 UTC

    /**
     * How the records are spread in time: from {@code startMillis} (UTC wall clock), up to {@code maxGapMillis}
     * apart, and, with {@code incident}, a burst of warnings and errors, four times as dense, from 45% to 60%
     * of the file, so that a chart of it has something to show.
     */
    public record Pace(long startMillis, int maxGapMillis, boolean incident) {
        /** The benchmark files': steady, 0–40 ms apart, from 2024-10-10 11:46:39,123. */
        public static final Pace STEADY = new Pace(START_MILLIS, 40, false);
    }

    /** What a run wrote, for checking readers against. */
    public record Summary(long bytes, long lines, long records, long multilineRecords, Map<String, Long> levels,
                          String firstTime, String lastTime) {
    }

    private final long seed;
    private final Pace pace;

    public PythonLogGenerator(long seed) {
        this(seed, Pace.STEADY);
    }

    public PythonLogGenerator(long seed, Pace pace) {
        this.seed = seed;
        this.pace = pace;
    }

    public Summary write(Path file, long targetBytes) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            return write(out, targetBytes);
        }
    }

    public Summary write(OutputStream out, long targetBytes) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> levels = new LinkedHashMap<>();
        long bytes = 0;
        long lines = 0;
        long records = 0;
        long multiline = 0;
        long millis = pace.startMillis();
        String first = null;
        String last = null;
        StringBuilder record = new StringBuilder(512);
        while (bytes < targetBytes) {
            record.setLength(0);
            boolean incident = pace.incident() && bytes * 20 >= targetBytes * 9 && bytes * 5 < targetBytes * 3;
            millis += random.nextInt(0, incident ? Math.max(1, pace.maxGapMillis() / 4) : pace.maxGapMillis());
            String time = asctime(millis);
            String level = LEVELS[levelIndex(random.nextInt(1000), incident ? INCIDENT_ODDS : LEVEL_ODDS)];
            String logger = LOGGERS[random.nextInt(LOGGERS.length)];
            record.append(time).append(" - ").append(logger).append(" - ").append(level).append(" - ");
            message(random, level, record);
            record.append('\n');
            int recordLines = 1;
            if ("ERROR".equals(level) && random.nextInt(3) == 0) {
                recordLines += traceback(random, record);
            }
            byte[] encoded = record.toString().getBytes(StandardCharsets.UTF_8);
            out.write(encoded);
            bytes += encoded.length;
            lines += recordLines;
            records++;
            if (recordLines > 1) {
                multiline++;
            }
            levels.merge(level, 1L, Long::sum);
            if (first == null) {
                first = iso(time);
            }
            last = time;
        }
        return new Summary(bytes, lines, records, multiline, levels, first, last == null ? null : iso(last));
    }

    private static int levelIndex(int perMille, int[] odds) {
        int i = 0;
        while (perMille >= odds[i]) {
            i++;
        }
        return i;
    }

    private static void message(SplittableRandom random, String level, StringBuilder out) {
        switch (random.nextInt(6)) {
            case 0 -> out.append("epoch ").append(random.nextInt(1, 100)).append(" step ")
                    .append(random.nextInt(100_000)).append(" loss=").append(random.nextInt(1000) / 1000.0)
                    .append(" lr=0.0003");
            case 1 -> out.append("GET /api/v1/predict?id=").append(random.nextInt(1_000_000)).append(" status=")
                    .append("ERROR".equals(level) || "CRITICAL".equals(level) ? 500 + random.nextInt(4) : 200)
                    .append(" duration_ms=").append(random.nextInt(2000));
            case 2 -> out.append("Starting new HTTPS connection (").append(random.nextInt(1, 9))
                    .append("): storage.example.com:443");
            case 3 -> out.append("batch of ").append(random.nextInt(1, 512)).append(" items queued for worker-")
                    .append(random.nextInt(16));
            case 4 -> out.append("query took ").append(random.nextInt(5000)).append(" ms: SELECT * FROM runs WHERE id = ")
                    .append(random.nextInt(100_000));
            default -> out.append("checkpoint saved to /data/ckpt/model-").append(random.nextInt(10_000))
                    .append(".pt (").append(random.nextInt(100, 900)).append(" MB) — ok");
        }
    }

    /** Appends a Python traceback; returns its line count. */
    private static int traceback(SplittableRandom random, StringBuilder out) {
        int frames = random.nextInt(1, 4);
        out.append("Traceback (most recent call last):\n");
        for (int i = 0; i < frames; i++) {
            out.append("  File \"/app/service/handler_").append(i).append(".py\", line ")
                    .append(random.nextInt(1, 400)).append(", in handle\n");
            out.append("    result = compute(batch)\n");
        }
        out.append("ZeroDivisionError: division by zero\n");
        return 2 + frames * 2;
    }

    /** Python's default asctime; the date and time to the second are formatted once per second. */
    private String asctime(long millis) {
        long second = Math.floorDiv(millis, 1000L);
        if (second != cachedSecond) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
            cachedPrefix = String.format("%04d-%02d-%02d %02d:%02d:%02d,", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
            cachedSecond = second;
        }
        int ms = (int) Math.floorMod(millis, 1000L);
        return cachedPrefix + (char) ('0' + ms / 100) + (char) ('0' + ms / 10 % 10) + (char) ('0' + ms % 10);
    }

    private long cachedSecond = Long.MIN_VALUE;
    private String cachedPrefix;

    private static String iso(String asctime) {
        return asctime.replace(' ', 'T').replace(',', '.');
    }
}
