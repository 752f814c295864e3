package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeLayouts;
import dev.loglens.core.time.TimestampParser;
import java.util.Arrays;
import java.util.List;

/**
 * Learns a {@link LearnedFormat} from a window of a file's lines. Each word a time is first read at on some lines,
 * with the layout that reads most of them there, is a candidate; the words that hold a level name on those lines
 * are its level's places. The candidate that explains most (a time on a line, and a level) wins.
 */
final class LayoutLearner {

    /** Layouts a time may be written in, the usual first: where two read the same lines, the first is taken. */
    private static final List<String> LAYOUT_NAMES = List.of("iso", "%m/%d/%Y %I:%M:%S %p", "%d/%m/%Y %I:%M:%S %p",
            "%b %d, %Y %I:%M:%S %p", "%I:%M:%S %p", "%Y/%m/%d %H:%M:%S", "%Y.%m.%d %H:%M:%S", "%Y%m%d %H:%M:%S",
            "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%m-%d-%Y %H:%M:%S", "%d-%m-%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S",
            "%d/%b/%Y:%H:%M:%S", "%d-%b-%Y %H:%M:%S", "%d-%b-%y %H:%M:%S", "%d %b %Y %H:%M:%S",
            "%a %b %d %H:%M:%S %Y", "%a %b %d %Y %H:%M:%S", "%a, %d %b %Y %H:%M:%S", "%b %d %H:%M:%S", "%y/%m/%d %H:%M:%S", "%y-%m-%d %H:%M:%S",
            "%m-%d %H:%M:%S", "%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%H:%M:%S", "epoch");
    private static final TimestampParser[] LAYOUTS = LAYOUT_NAMES.stream()
            .map(name -> TimeLayouts.of(List.of(name))).toArray(TimestampParser[]::new);
    /** Whether each layout writes a date, not a time of day alone; whether it starts with a day's or month's name. */
    private static final boolean[] DATED = new boolean[LAYOUTS.length];
    private static final boolean[] NAMED = new boolean[LAYOUTS.length];

    static {
        for (int l = 0; l < LAYOUTS.length; l++) {
            String name = LAYOUT_NAMES.get(l);
            DATED[l] = !name.startsWith("%H") && !name.startsWith("%I");
            NAMED[l] = name.startsWith("%a") || name.startsWith("%b");
        }
    }

    /** Words before the time at most: a pid, a thread, a logger, a file and line, a level... */
    private static final int MAX_TIME_WORD = 12;
    /** Words after the time the level may be in at most. */
    private static final int MAX_LEVEL_WORD_AFTER = 10;
    /** Lines the learnt time must read, at least, and at least one in this many of the window's lines. */
    private static final int MIN_LINES = 2;
    private static final int MIN_SHARE = 20;
    /**
     * Without a level, the time must start the line and start one line in this many: a few dates in a program's
     * output, or a column of times in a table it prints, are no log's layout.
     */
    private static final int MIN_SHARE_WITHOUT_LEVEL = 3;
    /** Places a level may be learnt in at most (a file may mix two or three layouts that share the time). */
    private static final int MAX_LEVEL_PLACES = 3;

    private LayoutLearner() {
    }

    /** The layout the lines {@code [from, to)} share, or null when too few of them carry a time in one place. */
    static LearnedFormat learn(byte[] b, int[] starts, int[] ends, int from, int to) {
        ParsedLine scratch = new ParsedLine();
        int[][] reads = new int[MAX_TIME_WORD + 1][LAYOUTS.length];
        int nonBlank = 0;
        for (int i = from; i < to; i++) {
            if (ends[i] > starts[i]) {
                nonBlank++;
                countTimes(b, starts[i], ends[i], reads, scratch);
            }
        }
        LearnedFormat best = null;
        int bestScore = 0;
        for (int w = 0; w <= MAX_TIME_WORD; w++) {
            int layout = 0;
            for (int l = 1; l < LAYOUTS.length; l++) {
                layout = reads[w][l] > reads[w][layout] ? l : layout;
            }
            int timed = reads[w][layout];
            if (timed < MIN_LINES || timed * MIN_SHARE < nonBlank) {
                continue;
            }
            LevelPlaces levels = new LevelPlaces(w, LAYOUTS[layout]).learn(b, starts, ends, from, to, scratch);
            int[] places = levels.places();
            boolean plausible = places.length > 0 || (w == 0 && timed * MIN_SHARE_WITHOUT_LEVEL >= nonBlank);
            int score = 3 * timed + (places.length > 0 ? levels.levelled(places) : 0);
            if (plausible && score > bestScore) {
                best = new LearnedFormat(w, LAYOUT_NAMES.get(layout), LAYOUTS[layout], places);
                bestScore = score;
            }
        }
        return best;
    }

    /** Counts, for the first word of the line a layout reads a time at, every layout that does. */
    private static void countTimes(byte[] b, int start, int end, int[][] reads, ParsedLine scratch) {
        int word = LineWords.start(b, start, end, 0);
        for (int w = 0; w <= MAX_TIME_WORD && word >= 0; w++, word = LineWords.start(b, word, end, 1)) {
            int first = LineWords.afterOpening(b, word, end);
            boolean digit = first < end && isDigit(b[first]);
            if (!digit && !startsWithDayOrMonthName(b, first, end)) {
                continue; // most words: no layout could read them, and detection runs before the JIT has warmed up
            }
            // A time of day right after a date is the end of a date-time that starts inside a word
            // ([ERROR]2017-10-25 15:38:51): no layout's time of day.
            boolean afterDate = endsInDate(b, start, word);
            boolean read = false;
            for (int l = 0; l < LAYOUTS.length; l++) {
                if (digit == NAMED[l] || (afterDate && !DATED[l])) {
                    continue;
                }
                if (LearnedFormat.timeEnd(LAYOUTS[l], b, word, end, scratch) >= 0) {
                    reads[w][l]++;
                    read = true;
                }
            }
            if (read) {
                return;
            }
        }
    }

    private static final String NAMES = "janfebmaraprmayjunjulaugsepoctnovdecmontuewedthufrisatsun";

    private static boolean startsWithDayOrMonthName(byte[] b, int p, int end) {
        if (p + 3 > end) {
            return false;
        }
        for (int n = 0; n < NAMES.length(); n += 3) {
            if ((b[p] | 0x20) == NAMES.charAt(n) && (b[p + 1] | 0x20) == NAMES.charAt(n + 1)
                    && (b[p + 2] | 0x20) == NAMES.charAt(n + 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before the one at {@code word} ends like a date: {@code -25}, {@code /10}, {@code .2024}. */
    private static boolean endsInDate(byte[] b, int lineStart, int word) {
        int p = LineWords.lastOfWordBefore(b, lineStart, word);
        int digits = 0;
        while (p - digits >= lineStart && isDigit(b[p - digits])) {
            digits++;
        }
        int separator = p - digits;
        return digits >= 2 && separator >= lineStart && (b[separator] == '-' || b[separator] == '/' || b[separator] == '.')
                && separator > lineStart && isDigit(b[separator - 1]);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * For the lines whose time one layout reads at one word: how many have their first level name in each word
     * before the time ({@code before}) and after it ({@code after}).
     */
    private static final class LevelPlaces {
        private final int timeWord;
        private final TimestampParser layout;
        private final int[] before;
        private final int[] after = new int[MAX_LEVEL_WORD_AFTER + 1];
        private int timed;

        LevelPlaces(int timeWord, TimestampParser layout) {
            this.timeWord = timeWord;
            this.layout = layout;
            this.before = new int[timeWord];
        }

        LevelPlaces learn(byte[] b, int[] starts, int[] ends, int from, int to, ParsedLine scratch) {
            for (int i = from; i < to; i++) {
                int word = LineWords.start(b, starts[i], ends[i], timeWord);
                int timeEnd = word < 0 ? -1 : LearnedFormat.timeEnd(layout, b, word, ends[i], scratch);
                if (timeEnd >= 0) {
                    timed++;
                    count(b, starts[i], timeEnd, ends[i]);
                }
            }
            return this;
        }

        private void count(byte[] b, int lineStart, int timeEnd, int end) {
            for (int w = 0; w < timeWord; w++) {
                if (isKnownLevel(b, LineWords.start(b, lineStart, end, w), end)) {
                    before[w]++;
                    return;
                }
            }
            for (int w = 0; w <= MAX_LEVEL_WORD_AFTER; w++) {
                int word = LineWords.start(b, timeEnd, end, w);
                if (word < 0) {
                    return;
                }
                if (isKnownLevel(b, word, end)) {
                    after[w]++;
                    return;
                }
            }
        }

        private static boolean isKnownLevel(byte[] b, int word, int end) {
            if (word < 0) {
                return false;
            }
            int from = LineWords.afterOpening(b, word, end);
            int to = LineWords.levelNameEnd(b, from, end);
            return to > 0 && LevelTable.wellKnownId(b, from, to - from) >= 0;
        }

        /**
         * The places (as {@link LearnedFormat} takes them) that hold the level on one line in ten with a time, or
         * on two, most often first; none unless together they hold it on three lines in five.
         */
        int[] places() {
            int[] counts = new int[before.length + after.length];
            for (int w = 0; w < before.length; w++) {
                counts[w] = before[w];
            }
            System.arraycopy(after, 0, counts, before.length, after.length);
            int[] places = new int[MAX_LEVEL_PLACES];
            int found = 0;
            int covered = 0;
            while (found < MAX_LEVEL_PLACES) {
                int top = 0;
                for (int k = 1; k < counts.length; k++) {
                    top = counts[k] > counts[top] ? k : top;
                }
                if (counts.length == 0 || counts[top] < Math.max(2, timed / 10)) {
                    break;
                }
                covered += counts[top];
                counts[top] = 0;
                places[found++] = top < before.length ? -top - 1 : top - before.length;
            }
            return covered * 5 >= timed * 3 ? Arrays.copyOf(places, found) : new int[0];
        }

        /** Lines with a time whose level is in one of {@code places}. */
        int levelled(int[] places) {
            int sum = 0;
            for (int place : places) {
                sum += place < 0 ? before[-place - 1] : after[place];
            }
            return sum;
        }
    }
}
