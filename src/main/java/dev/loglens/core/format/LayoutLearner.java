package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.StrftimeParser;
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
            "%d/%b/%Y:%H:%M:%S", "%d/%b/%Y %H:%M:%S", "%d-%b-%Y %H:%M:%S", "%d-%b-%y %H:%M:%S", "%d %b %Y %H:%M:%S",
            "%a %b %d %H:%M:%S %Y", "%a %b %d %Y %H:%M:%S", "%a, %d %b %Y %H:%M:%S", "%b %d %H:%M:%S", "%Y-%m-%d:%H:%M:%S",
            // %x %X in the C locale (rich, FAIR's LogFormatter): month first
            "%m/%d/%y %H:%M:%S", "%d/%m/%y %H:%M:%S", "%y/%m/%d %H:%M:%S", "%y-%m-%d %H:%M:%S",
            "%m-%d %H:%M:%S", "%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%H:%M:%S", "epoch");
    private static final TimestampParser[] LAYOUTS = LAYOUT_NAMES.stream()
            .map(name -> TimeLayouts.of(List.of(name))).toArray(TimestampParser[]::new);
    /** Whether each layout writes a date, not a time of day alone; whether it starts with a day's or month's name. */
    private static final boolean[] DATED = new boolean[LAYOUTS.length];
    private static final boolean[] NAMED = new boolean[LAYOUTS.length];
    private static final int EPOCH = LAYOUT_NAMES.indexOf("epoch");

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
    /** Words a time may be moved by, at most, on some lines. */
    private static final int MAX_TIME_SHIFT = 2;
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
            int[] timeWords = timeWords(reads, w, layout);
            LevelPlaces levels = new LevelPlaces(timeWords, LAYOUTS[layout], DATED[layout]).learn(b, starts, ends, from, to, scratch);
            int[] places = levels.places();
            boolean plausible = places.length > 0 || (w == 0 && timed * MIN_SHARE_WITHOUT_LEVEL >= nonBlank);
            int score = 3 * levels.timed + (places.length > 0 ? levels.levelled(places) : 0);
            if (plausible && score > bestScore) {
                best = new LearnedFormat(places.length > 0 ? timeWords : new int[] {w}, LAYOUT_NAMES.get(layout),
                        withTwin(layout), DATED[layout], places);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The layout, and after it the one that reads the same digits with day and month swapped: a window whose days
     * are all 12 or less reads both, and the file's 13th day must not become a continuation line.
     */
    private static TimestampParser withTwin(int layout) {
        String name = LAYOUT_NAMES.get(layout);
        String twin = name.startsWith("%m/%d/") ? "%d/%m/" + name.substring(6)
                : name.startsWith("%d/%m/") ? "%m/%d/" + name.substring(6)
                : name.startsWith("%m-%d-") ? "%d-%m-" + name.substring(6)
                : name.startsWith("%d-%m-") ? "%m-%d-" + name.substring(6) : null;
        return twin == null || !LAYOUT_NAMES.contains(twin) ? LAYOUTS[layout] : TimeLayouts.of(List.of(name, twin));
    }

    /**
     * The word the time is most often at, then the next words where the same layout reads it on one line in ten:
     * a field before the time that may hold a blank ({@code %(threadName)s} of a thread named {@code Thread-3
     * (worker)}) moves it on those lines.
     */
    private static int[] timeWords(int[][] reads, int w, int layout) {
        int[] words = new int[1 + MAX_TIME_SHIFT];
        int count = 0;
        words[count++] = w;
        for (int shifted = w + 1; shifted <= Math.min(w + MAX_TIME_SHIFT, MAX_TIME_WORD); shifted++) {
            if (reads[shifted][layout] >= Math.max(MIN_LINES, reads[w][layout] / 10)) {
                words[count++] = shifted;
            }
        }
        return Arrays.copyOf(words, count);
    }

    /**
     * Counts, for the first word of the line a layout reads a time at, the layouts that read the most of it there
     * (all of them when they read the same, as day-first and month-first dates do).
     */
    private static void countTimes(byte[] b, int start, int end, int[][] reads, ParsedLine scratch) {
        int[] words = new int[MAX_TIME_WORD + 1];
        int found = LineWords.starts(b, start, end, words); // the words as the parser counts them
        // Seconds since the epoch only when no other layout reads a time on the line: a thread id or a request id
        // of ten digits or more before the time is no time.
        if (!countTimes(b, start, end, words, found, reads, scratch, false)) {
            countTimes(b, start, end, words, found, reads, scratch, true);
        }
    }

    private static boolean countTimes(byte[] b, int start, int end, int[] words, int found, int[][] reads,
                                      ParsedLine scratch, boolean epoch) {
        int[] ends = new int[LAYOUTS.length];
        for (int w = 0; w < found; w++) {
            int word = words[w];
            int first = LineWords.afterOpening(b, word, end);
            boolean digit = first < end && LineWords.isDigit(b[first]);
            if (!digit && !StrftimeParser.startsWithDayOrMonthName(b, first, end)) {
                continue; // most words: no layout could read them, and detection runs before the JIT has warmed up
            }
            int longest = -1;
            for (int l = 0; l < LAYOUTS.length; l++) {
                ends[l] = -1;
                if (digit == NAMED[l] || (l == EPOCH) != epoch) {
                    continue;
                }
                ends[l] = LearnedFormat.timeEnd(LAYOUTS[l], DATED[l], b, start, word, end, scratch);
                longest = Math.max(longest, ends[l]);
            }
            if (longest >= 0) {
                // Only the layouts that read the most of it: %H:%M:%S reads the start of 01:17:45 PM too.
                for (int l = 0; l < LAYOUTS.length; l++) {
                    reads[w][l] += ends[l] == longest ? 1 : 0;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * For the lines whose time one layout reads at one of some words: how many have their first level name in each
     * word before the time and after it, which level names those are, and how they were written.
     */
    private static final class LevelPlaces {
        private final int[] timeWords;
        private final TimestampParser layout;
        private final boolean dated;
        /** Slots {@code 0 .. before - 1}: words of the line before the time; then words after it. */
        private final int before;
        private final int[] counts;
        private final int[] levelsSeen;
        /** Whether a level name in the place was written as levels are: in capitals, or in brackets. */
        private final boolean[] marked;
        private int timed;

        LevelPlaces(int[] timeWords, TimestampParser layout, boolean dated) {
            this.timeWords = timeWords;
            this.layout = layout;
            this.dated = dated;
            this.before = timeWords[timeWords.length - 1];
            int slots = before + MAX_LEVEL_WORD_AFTER + 1;
            this.counts = new int[slots];
            this.levelsSeen = new int[slots];
            this.marked = new boolean[slots];
        }

        LevelPlaces learn(byte[] b, int[] starts, int[] ends, int from, int to, ParsedLine scratch) {
            for (int i = from; i < to; i++) {
                for (int timeWord : timeWords) {
                    int word = LineWords.start(b, starts[i], ends[i], timeWord);
                    int timeEnd = word < 0 ? -1 : LearnedFormat.timeEnd(layout, dated, b, starts[i], word, ends[i],
                            scratch);
                    if (timeEnd >= 0) {
                        timed++;
                        count(b, starts[i], timeWord, timeEnd, ends[i]);
                        break;
                    }
                }
            }
            return this;
        }

        private void count(byte[] b, int lineStart, int timeWord, int timeEnd, int end) {
            for (int w = 0; w < timeWord; w++) {
                if (countLevel(b, LineWords.start(b, lineStart, end, w), end, w)) {
                    return;
                }
            }
            for (int w = 0; w <= MAX_LEVEL_WORD_AFTER; w++) {
                int word = LineWords.start(b, timeEnd, end, w);
                if (word < 0 || countLevel(b, word, end, before + w)) {
                    return;
                }
            }
        }

        private boolean countLevel(byte[] b, int word, int end, int slot) {
            if (word < 0) {
                return false;
            }
            int from = LineWords.afterOpening(b, word, end);
            int to = LineWords.levelNameEnd(b, from, end);
            int id = to > 0 ? LearnedFormat.knownLevel(b, from, to) : -1;
            if (id < 0) {
                return false;
            }
            counts[slot]++;
            levelsSeen[slot] |= 1 << id;
            boolean bracketed = b[word] == '[' || b[word] == '(' || b[word] == '<';
            marked[slot] |= bracketed || LineWords.isCapitals(b, from, to);
            return true;
        }

        /**
         * The places (as {@link LearnedFormat} takes them) that hold the level on one line in ten with a time, or
         * on two, most often first; none unless together they hold it on three lines in five. A place whose level
         * names are all in small letters and bare must show two of them: a message may start with the same "error:".
         */
        int[] places() {
            int[] left = counts.clone();
            for (int k = 0; k < left.length; k++) {
                if (!marked[k] && Integer.bitCount(levelsSeen[k]) < 2) {
                    left[k] = 0;
                }
            }
            int[] places = new int[MAX_LEVEL_PLACES];
            int found = 0;
            int covered = 0;
            while (found < MAX_LEVEL_PLACES) {
                int top = 0;
                for (int k = 1; k < left.length; k++) {
                    top = left[k] > left[top] ? k : top;
                }
                if (left[top] < Math.max(2, timed / 10)) {
                    break;
                }
                covered += left[top];
                left[top] = 0;
                places[found++] = top < before ? -top - 1 : top - before;
            }
            return covered * 5 >= timed * 3 ? Arrays.copyOf(places, found) : new int[0];
        }

        /** Lines with a time whose level is in one of {@code places}. */
        int levelled(int[] places) {
            int sum = 0;
            for (int place : places) {
                sum += counts[place < 0 ? -place - 1 : before + place];
            }
            return sum;
        }
    }
}
