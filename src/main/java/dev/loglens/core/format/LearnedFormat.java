package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimestampParser;
import java.util.List;

/**
 * A layout learnt from a file's own first lines ({@link LayoutLearner}), for logs no built-in format reads.
 * Python programs arrange {@code %(asctime)s}, {@code %(levelname)s} and the fields around them in countless
 * ways, but each program keeps its arrangement: the time starts the same whitespace-separated word of every
 * record's first line, in one layout, and the level is the same word before or after it. A line whose word
 * there is no time continues the record before (a traceback, a wrapped message), and so does one with a time but
 * no level where the layout has a level.
 */
public final class LearnedFormat extends NamedFormat {

    private static final List<String> FIELDS = List.of(FieldNames.TIME, FieldNames.LEVEL, FieldNames.MESSAGE);

    private final int[] timeWords;
    private final TimestampParser layout;
    /** Whether the layout writes a date; one that does not never reads the time of a date-time. */
    private final boolean dated;
    private final int[] levelPlaces;

    /**
     * @param timeWords   the words of the line the time may start at, counted from 0, most likely first
     * @param levelPlaces where the level may be, most likely first: {@code p >= 0} is word {@code p} after the
     *                    time, {@code p < 0} word {@code -p - 1} of the line (before the time); empty when the
     *                    layout has no level
     */
    LearnedFormat(int[] timeWords, String layoutName, TimestampParser layout, boolean dated, int[] levelPlaces) {
        super("learned", describe(timeWords[0], layoutName, levelPlaces), FIELDS);
        this.timeWords = timeWords.clone();
        this.layout = layout;
        this.dated = dated;
        this.levelPlaces = levelPlaces.clone();
    }

    private static String describe(int timeWord, String layoutName, int[] levelPlaces) {
        String level = levelPlaces.length == 0 ? ", no level"
                : levelPlaces[0] < 0 ? ", level in word " + -levelPlaces[0]
                : ", level in word " + (levelPlaces[0] + 1) + " after the time";
        return "Layout learnt from the file (time in word " + (timeWord + 1) + " as " + layoutName + level + ")";
    }

    /** Whether the layout has a level: without one, only the time tells a record's first line. */
    boolean hasLevel() {
        return levelPlaces.length > 0;
    }

    @Override
    public int specificity() {
        return 0; // any built-in format that reads the lines as well knows their fields better
    }

    @Override
    public List<TimestampParser> timeLayouts() {
        return List.of(layout);
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        TimestampParser time = layout.forOneReader();
        int[] words = new int[lastWordBeforeMessage() + 1];
        return (b, start, end, out) -> {
            int found = LineWords.starts(b, start, end, words);
            int word = -1;
            int next = -1;
            for (int k = 0; k < timeWords.length && next < 0; k++) {
                word = timeWords[k] < found ? words[timeWords[k]] : -1;
                next = word < 0 ? -1 : timeEnd(time, dated, b, start, word, end, out);
            }
            if (next < 0) {
                return false;
            }
            out.hasTime = true;
            out.hasLevel = false;
            out.levelWellKnown = false;
            out.levelId = LevelTable.NONE_ID;
            int headEnd = next;
            // A level name LogLens knows in any place before a word in capitals in an earlier one (a message's
            // first word where a thread name with a blank moved the level).
            for (int pass = 0; pass < 2 && !out.hasLevel; pass++) {
                for (int place : levelPlaces) {
                    int levelWord = place < 0 ? (-place - 1 < found ? words[-place - 1] : -1)
                            : LineWords.start(b, next, end, place);
                    int levelEnd = readLevel(b, levelWord, end, levels, out, pass == 0);
                    if (levelEnd >= 0) {
                        headEnd = Math.max(headEnd, levelEnd);
                        break;
                    }
                }
            }
            if (levelPlaces.length > 0 && !out.hasLevel) {
                return false; // a time where the layout has one, but no level: a wrapped line, or text
            }
            if (out.wantFields) {
                out.fieldStart[0] = LineWords.afterOpening(b, word, end);
                out.fieldEnd[0] = next;
                out.fieldStart[2] = LineWords.skipSeparators(b, headEnd, end);
                out.fieldEnd[2] = end;
            }
            return true;
        };
    }

    /** The last word of the line the parser looks up by its number: where the time or a level before it may be. */
    private int lastWordBeforeMessage() {
        int last = timeWords[timeWords.length - 1];
        for (int place : levelPlaces) {
            last = Math.max(last, -place - 1);
        }
        return last;
    }

    /**
     * Reads the time (and its fraction) in the word starting at {@code word}; returns where it ends, or -1. A layout
     * that writes no date reads no time of day right after a date: that is the end of a date-time that starts
     * inside a word ({@code [ERROR]2017-10-25 15:38:51}).
     */
    static int timeEnd(TimestampParser layout, boolean dated, byte[] b, int lineStart, int word, int end,
                       ParsedLine out) {
        if (!dated && word > lineStart && LineWords.followsDate(b, lineStart, word)) {
            return -1;
        }
        int next = layout.parse(b, LineWords.afterOpening(b, word, end), end, out.time);
        if (next < 0 || (next < end && LineWords.isWordChar(b[next]))) {
            return -1;
        }
        return GenericFormat.readFraction(b, next, end, out);
    }

    /**
     * Reads the level in the word at {@code word} (in brackets or not); returns where the level ends, or -1 when
     * the word is no level.
     */
    private static int readLevel(byte[] b, int word, int end, LevelTable levels, ParsedLine out, boolean knownOnly) {
        if (word < 0) {
            return -1;
        }
        int from = LineWords.afterOpening(b, word, end);
        int to = LineWords.levelNameEnd(b, from, end);
        if (to < 0) {
            return -1;
        }
        int known = knownLevel(b, from, to);
        if (known < 0 && (knownOnly || to - from < 3)) {
            return -1;
        }
        out.levelId = known >= 0 ? (byte) known : levels.idOf(b, from, to - from);
        out.levelWellKnown = known >= 0;
        out.hasLevel = true;
        if (out.wantFields) {
            out.fieldStart[1] = from;
            out.fieldEnd[1] = to;
        }
        return to;
    }

    /**
     * The id of the level name {@code b[from, to)}: one LogLens knows, or the Python level that a name cut by a
     * format's precision begins ({@code %(levelname).1s} writes {@code W}, {@code .4s} {@code DEBU}); else -1.
     */
    static int knownLevel(byte[] b, int from, int to) {
        int known = LevelTable.wellKnownId(b, from, to - from);
        if (known < 0 && to - from <= 5 && LineWords.isCapitals(b, from, to)) {
            known = LevelTable.standardLevelStartingWith(b, from, to - from);
        }
        return known;
    }
}
