package dev.loglens.core.level;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps level names as written in a log to compact ids, one byte per record in the index.
 *
 * <p>Ids 0 to 7 are the canonical levels (0 is {@link Level#NONE}); any other name gets the next id
 * the first time it is seen. Look-ups of the usual names run on raw bytes without allocating,
 * because the indexer calls this once per line. Thread-safe: indexing workers share one table.
 */
public final class LevelTable {

    public static final byte NONE_ID = 0;
    /** Above this many distinct names the field is not a level any more; extra names count as NONE. */
    private static final int MAX_LEVELS = 128;

    private static final List<Level> CANONICAL = List.of(Level.NONE, Level.TRACE, Level.DEBUG, Level.INFO,
            Level.NOTICE, Level.WARNING, Level.ERROR, Level.CRITICAL);

    /** Names outside the canonical set that keep their own name but have a well-known rank. */
    private static final Map<String, Integer> KNOWN_RANKS = Map.ofEntries(
            Map.entry("VERBOSE", 5), Map.entry("FINEST", 3), Map.entry("FINER", 5), Map.entry("FINE", 10),
            Map.entry("CONFIG", 15), Map.entry("SUCCESS", 25), Map.entry("SEVERE", 40),
            Map.entry("ALERT", 55), Map.entry("EMERG", 60), Map.entry("EMERGENCY", 60), Map.entry("PANIC", 60));
    private static final int UNKNOWN_RANK = 20;

    /** Written name (upper case) to canonical id, for the names with a fast path. */
    private static final String[] FAST_NAMES = {"INFO", "DEBUG", "WARNING", "ERROR", "WARN", "CRITICAL", "TRACE",
        "FATAL", "NOTICE", "ERR", "CRIT", "DBG", "INF", "WRN", "ERRO", "EROR", "WARNI", "CRITI", "VRB", "FTL", "DEBG", "NOTI"};
    // WARNI and CRITI: Python's names cut by a popular %(levelname)-5.5s; VRB and FTL: Serilog's; EROR, DEBG and
    // NOTI: Go's op/go-logging, which writes every level in four letters.
    private static final byte[] FAST_IDS = {3, 2, 5, 6, 5, 7, 1, 7, 4, 6, 7, 2, 3, 5, 6, 6, 5, 7, 1, 7, 2, 4};

    /** A perfect hash of the fast names (checked when the class loads), so a look-up is one probe. */
    private static final int FAST_TABLE_BITS = 9;
    private static final long[] FAST_TABLE_KEYS = new long[1 << FAST_TABLE_BITS];
    private static final int[] FAST_TABLE_LENGTHS = new int[1 << FAST_TABLE_BITS];
    private static final byte[] FAST_TABLE_IDS = new byte[1 << FAST_TABLE_BITS];

    static {
        for (int i = 0; i < FAST_NAMES.length; i++) {
            byte[] b = FAST_NAMES[i].getBytes(StandardCharsets.US_ASCII);
            long key = packUpper(b, 0, b.length);
            int slot = hashSlot(key);
            if (FAST_TABLE_LENGTHS[slot] != 0) {
                throw new IllegalStateException("level names collide in the fast table: " + FAST_NAMES[i]);
            }
            FAST_TABLE_KEYS[slot] = key;
            FAST_TABLE_LENGTHS[slot] = b.length;
            FAST_TABLE_IDS[slot] = FAST_IDS[i];
        }
    }

    private final List<Level> levels = new ArrayList<>(CANONICAL);
    private final Map<String, Byte> idsByName = new HashMap<>();
    private volatile Level[] snapshot = CANONICAL.toArray(Level[]::new);

    public LevelTable() {
        for (int i = 0; i < FAST_NAMES.length; i++) {
            idsByName.put(FAST_NAMES[i], FAST_IDS[i]);
        }
        for (int i = 0; i < CANONICAL.size(); i++) {
            idsByName.put(CANONICAL.get(i).name(), (byte) i);
        }
    }

    /**
     * The id of a well-known level name written as {@code len} bytes at {@code off}, or -1 when the name
     * is not one LogLens knows by heart (then {@link #idOf(byte[], int, int)} registers it).
     */
    public static int wellKnownId(byte[] buf, int off, int len) {
        return len < 3 || len > 8 ? -1 : wellKnownId(packUpper(buf, off, len), len);
    }

    /** Python's own level names, which a format string's precision may cut ({@code %(levelname).1s}). */
    private static final List<Level> PYTHON_LEVELS = List.of(Level.DEBUG, Level.INFO, Level.WARNING, Level.ERROR,
            Level.CRITICAL);

    /**
     * The id of the Python level whose name starts with the {@code len} upper-case bytes at {@code off}
     * ({@code W}, {@code WARNI}), or -1 when none does.
     */
    public static int standardLevelStartingWith(byte[] buf, int off, int len) {
        for (Level level : PYTHON_LEVELS) {
            if (len >= 1 && startsWith(level.name(), buf, off, len)) {
                return CANONICAL.indexOf(level);
            }
        }
        return -1;
    }

    /** Whether {@code name} starts with the {@code len} bytes at {@code off}; no string is made per line. */
    private static boolean startsWith(String name, byte[] buf, int off, int len) {
        if (len > name.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (buf[off + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The same for a name already packed: up to eight bytes, each {@code & 0xDF}, first byte lowest. */
    public static int wellKnownId(long packedUpper, int len) {
        int slot = hashSlot(packedUpper);
        return FAST_TABLE_KEYS[slot] == packedUpper && FAST_TABLE_LENGTHS[slot] == len ? FAST_TABLE_IDS[slot] : -1;
    }

    private static int hashSlot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - FAST_TABLE_BITS));
    }

    /** The id of the level written as {@code len} bytes at {@code off}, registering a new name if needed. */
    public byte idOf(byte[] buf, int off, int len) {
        if (len <= 0) {
            return NONE_ID;
        }
        int known = wellKnownId(buf, off, len);
        if (known >= 0) {
            return (byte) known;
        }
        return idOf(new String(buf, off, len, StandardCharsets.ISO_8859_1));
    }

    /** The id of a level name in any case, registering it if it is new. */
    public synchronized byte idOf(String writtenName) {
        String name = writtenName.strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return NONE_ID;
        }
        Byte known = idsByName.get(name);
        if (known != null) {
            return known;
        }
        if (levels.size() >= MAX_LEVELS) {
            return NONE_ID;
        }
        byte id = (byte) levels.size();
        levels.add(new Level(name, KNOWN_RANKS.getOrDefault(name, UNKNOWN_RANK)));
        idsByName.put(name, id);
        snapshot = levels.toArray(Level[]::new);
        return id;
    }

    /** Lowest number of each canonical level, most severe first, on Python's scale and on pino's. */
    private static final int[] PYTHON_SCALE = {50, 40, 30, 25, 20, 10};
    private static final int[] PINO_SCALE = {60, 50, 40, -1, 30, 20};

    /** The id for a numeric level such as Python's {@code levelno} (10 DEBUG … 50 CRITICAL). */
    public byte idOfNumber(long number) {
        return idOnScale(number, PYTHON_SCALE);
    }

    /** The id for a numeric level on pino's and bunyan's scale (10 TRACE, 20 DEBUG, 30 INFO … 60 FATAL). */
    public byte idOfPinoNumber(long number) {
        return idOnScale(number, PINO_SCALE);
    }

    /** CRITICAL, ERROR, WARNING, NOTICE, INFO, DEBUG from the scale's thresholds (-1: the scale has none); TRACE below. */
    private static byte idOnScale(long number, int[] thresholds) {
        for (int i = 0; i < thresholds.length; i++) {
            if (thresholds[i] >= 0 && number >= thresholds[i]) {
                return (byte) (7 - i);
            }
        }
        return number > 0 ? (byte) 1 : NONE_ID;
    }

    /** Whether a written name is one LogLens knows without having seen it in this file. */
    public static boolean isWellKnown(byte[] buf, int off, int len) {
        return wellKnownId(buf, off, len) >= 0 || (len > 0 && len <= 9
                && KNOWN_RANKS.containsKey(new String(buf, off, len, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT)));
    }

    public Level level(int id) {
        Level[] current = snapshot;
        int index = id & 0xFF;
        return index < current.length ? current[index] : Level.NONE;
    }

    public int size() {
        return snapshot.length;
    }

    /**
     * The severity of a level name any log may write: a canonical one's, or the well-known rank of another
     * (java.util.logging's SEVERE ranks as ERROR, FINE as DEBUG); empty for a name LogLens does not know.
     */
    public static OptionalInt severityOf(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (Level level : CANONICAL) {
            if (level.name().equals(upper)) {
                return OptionalInt.of(level.severity());
            }
        }
        Integer rank = KNOWN_RANKS.get(upper);
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    public Optional<Level> byName(String name) {
        Byte id;
        synchronized (this) {
            id = idsByName.get(name.strip().toUpperCase(Locale.ROOT));
        }
        return id == null ? Optional.empty() : Optional.of(level(id));
    }

    /** Upper-cases ASCII letters and packs up to eight bytes into a long key. */
    private static long packUpper(byte[] buf, int off, int len) {
        long key = 0;
        for (int i = 0; i < len; i++) {
            key |= (long) (buf[off + i] & 0xDF) << (8 * i);
        }
        return key;
    }
}
