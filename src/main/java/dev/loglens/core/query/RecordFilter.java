package dev.loglens.core.query;

import dev.loglens.core.format.ByteNeedle;
import dev.loglens.core.format.Bytes;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.time.TimeFields;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Which records to show: an immutable value, changed through withers that return a new filter. A record
 * passes when all of these hold:
 * <ul>
 *   <li>its level id is shown;</li>
 *   <li>its time lies in {@code [fromMillis, untilMillis)}, on the index's wall clock. A record without a
 *       time passes only while the range is unbounded on both sides;</li>
 *   <li>its text, all of its lines, matches every include term and no exclude term (so a grep for the
 *       exception finds the ERROR record whose traceback names it);</li>
 *   <li>with a logger prefix, its logger is under the prefix (see {@link #withLoggerPrefix}).</li>
 * </ul>
 */
public final class RecordFilter {

    /** A time bound that leaves the range open on that side. */
    public static final long NO_LOWER_BOUND = Long.MIN_VALUE;
    public static final long NO_UPPER_BOUND = Long.MAX_VALUE;

    private static final RecordFilter ALL = new RecordFilter(allLevels(), List.of(), List.of(), null,
            NO_LOWER_BOUND, NO_UPPER_BOUND);

    /** Indexed by level id ({@code & 0xFF}): a table look-up per record, and never written once built. */
    private final boolean[] levelShown;
    private final List<TextMatcher> includes;
    private final List<TextMatcher> excludes;
    private final String loggerPrefix;
    private final byte[] loggerPrefixBytes;
    private final long fromMillis;
    private final long untilMillis;

    private RecordFilter(boolean[] levelShown, List<TextMatcher> includes, List<TextMatcher> excludes,
                         String loggerPrefix, long fromMillis, long untilMillis) {
        this.levelShown = levelShown;
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.loggerPrefix = loggerPrefix;
        this.loggerPrefixBytes = loggerPrefix == null ? null : loggerPrefix.getBytes(StandardCharsets.UTF_8);
        this.fromMillis = fromMillis;
        this.untilMillis = untilMillis;
    }

    private static boolean[] allLevels() {
        boolean[] all = new boolean[256];
        Arrays.fill(all, true);
        return all;
    }

    /** The filter every record passes. */
    public static RecordFilter all() {
        return ALL;
    }

    // ---- levels ----

    /** Shows or hides the records of one level id (as {@link dev.loglens.core.level.LevelTable} gives them). */
    public RecordFilter withLevelShown(int levelId, boolean shown) {
        boolean[] levels = levelShown.clone();
        levels[levelId & 0xFF] = shown;
        return new RecordFilter(levels, includes, excludes, loggerPrefix, fromMillis, untilMillis);
    }

    /** Shows the records of these level ids only. */
    public RecordFilter withOnlyLevels(int... levelIds) {
        boolean[] levels = new boolean[256];
        for (int id : levelIds) {
            levels[id & 0xFF] = true;
        }
        return new RecordFilter(levels, includes, excludes, loggerPrefix, fromMillis, untilMillis);
    }

    public boolean showsLevel(int levelId) {
        return levelShown[levelId & 0xFF];
    }

    // ---- text ----

    /** Terms a record must all match. */
    public RecordFilter withIncludes(List<TextMatcher> terms) {
        return new RecordFilter(levelShown, terms, excludes, loggerPrefix, fromMillis, untilMillis);
    }

    /** Terms a record must match none of. */
    public RecordFilter withExcludes(List<TextMatcher> terms) {
        return new RecordFilter(levelShown, includes, terms, loggerPrefix, fromMillis, untilMillis);
    }

    public List<TextMatcher> includes() {
        return includes;
    }

    public List<TextMatcher> excludes() {
        return excludes;
    }

    /**
     * Bytes that every record this filter passes holds in its text, or null when no include term has any: the
     * longest there is, which is usually the rarest.
     */
    public ByteNeedle requiredLiteral() {
        ByteNeedle longest = null;
        for (TextMatcher include : includes) {
            ByteNeedle required = include.requiredBytes();
            if (required != null && (longest == null || required.length() > longest.length())) {
                longest = required;
            }
        }
        return longest;
    }

    /** Whether the filter reads records' text (any include or exclude term). */
    public boolean needsText() {
        return !includes.isEmpty() || !excludes.isEmpty();
    }

    // ---- logger ----

    /**
     * Shows the records of one logger and the loggers under it; null or blank shows every record. A dotted
     * name (Python's logger tree, a Java package) is under the prefix when it equals it or continues it with
     * a dot: {@code app.db} takes {@code app.db} and {@code app.db.pool}, never {@code app.dbx}. A name with no
     * dot has no tree to respect and is under any prefix it starts with: {@code worker} takes
     * {@code worker-3}. A prefix that ends with a dot ({@code app.}) takes every logger below it. A record
     * without a logger (in a format without one, or a preamble) never passes.
     */
    public RecordFilter withLoggerPrefix(String prefix) {
        String normalized = prefix == null || prefix.isBlank() ? null : prefix.strip();
        return new RecordFilter(levelShown, includes, excludes, normalized, fromMillis, untilMillis);
    }

    /** Whether the filter shows every record: no level hidden, no term, no logger, no time bound. */
    public boolean passesEverything() {
        for (boolean shown : levelShown) {
            if (!shown) {
                return false;
            }
        }
        return !needsText() && loggerPrefix == null && fromMillis == NO_LOWER_BOUND && untilMillis == NO_UPPER_BOUND;
    }

    /** The logger prefix, or null when any logger passes. */
    public String loggerPrefix() {
        return loggerPrefix;
    }

    /** Whether the filter reads records' loggers. */
    public boolean needsLogger() {
        return loggerPrefix != null;
    }

    // ---- time ----

    /**
     * Shows the records timed in {@code [fromMillis, untilMillis)} (index wall-clock millis, see
     * {@link RecordIndex#wallMillis}); {@link #NO_LOWER_BOUND} and {@link #NO_UPPER_BOUND} open a side. Records
     * without a time are shown only while both sides are open.
     */
    public RecordFilter withTimeRange(long fromMillis, long untilMillis) {
        if (untilMillis < fromMillis) {
            throw new IllegalArgumentException("the time range ends before it starts");
        }
        return new RecordFilter(levelShown, includes, excludes, loggerPrefix, fromMillis, untilMillis);
    }

    public long fromMillis() {
        return fromMillis;
    }

    public long untilMillis() {
        return untilMillis;
    }

    // ---- matching ----

    /**
     * The time, text and logger checks for a record that is not in an index (a followed one): its wall-clock
     * millis ({@link TimeFields#NO_TIME} when it has none), its text {@code b[from, to)} and its logger name
     * (null when it names none). The caller checks its level, as the level table of a followed file grows.
     */
    public boolean passesOutsideIndex(long wallMillis, byte[] b, int from, int to, String logger) {
        boolean bounded = fromMillis != NO_LOWER_BOUND || untilMillis != NO_UPPER_BOUND;
        if (bounded && (wallMillis == TimeFields.NO_TIME || wallMillis < fromMillis || wallMillis >= untilMillis)) {
            return false;
        }
        if (!passesTerms(b, from, to)) {
            return false;
        }
        if (loggerPrefix == null) {
            return true;
        }
        if (logger == null) {
            return false;
        }
        byte[] name = logger.getBytes(StandardCharsets.UTF_8);
        return passesLogger(name, 0, name.length);
    }

    /** The include and exclude terms' verdict on a record's text {@code b[from, to)}. */
    boolean passesTerms(byte[] b, int from, int to) {
        for (TextMatcher include : includes) {
            if (!include.matches(b, from, to)) {
                return false;
            }
        }
        for (TextMatcher exclude : excludes) {
            if (exclude.matches(b, from, to)) {
                return false;
            }
        }
        return true;
    }

    /** The checks that need only the index: level and time. */
    boolean passesIndex(RecordIndex index, long record) {
        if (!levelShown[index.levelId(record) & 0xFF]) {
            return false;
        }
        if (fromMillis == NO_LOWER_BOUND && untilMillis == NO_UPPER_BOUND) {
            return true;
        }
        long time = index.wallMillis(record);
        return time != TimeFields.NO_TIME && time >= fromMillis && time < untilMillis;
    }

    /** The logger check, on the logger name's bytes {@code b[from, to)}. */
    boolean passesLogger(byte[] b, int from, int to) {
        byte[] prefix = loggerPrefixBytes;
        int n = prefix.length;
        if (to - from < n || !Arrays.equals(b, from, from + n, prefix, 0, n)) {
            return false;
        }
        return to - from == n || b[from + n] == '.' || prefix[n - 1] == '.'
                || Bytes.indexOf(b, (byte) '.', from, to) < 0;
    }
}
