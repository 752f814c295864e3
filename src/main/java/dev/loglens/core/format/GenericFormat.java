package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.IsoTimestampParser;
import dev.loglens.core.time.TimeLayouts;
import dev.loglens.core.time.TimestampParser;
import java.util.List;

/**
 * The fallback for logs no specific format reads: a line that starts with a timestamp (optionally in
 * brackets, optionally after a level such as {@code [ERROR]} or {@code ERROR}) starts a record, and a level name
 * among the first few words after the timestamp gives its
 * level. Only those words count, and only when written as a level is (upper case, or in brackets), so a
 * message that mentions "error" never becomes an ERROR.
 */
public final class GenericFormat extends NamedFormat {

    private static final TimeLayouts LAYOUTS = TimeLayouts.of(List.of("iso", "%Y/%m/%d %H:%M:%S", "%Y.%m.%d %H:%M:%S",
            "%b %d %H:%M:%S", "%d/%b/%Y:%H:%M:%S", "%y/%m/%d %H:%M:%S", "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S",
            "%d-%m-%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S",
            "%a %b %d %H:%M:%S %Y", "%d-%b-%Y %H:%M:%S", "%Y%m%d %H:%M:%S"));
    private static final int LEVEL_WORDS = 5;
    private static final List<String> FIELDS = List.of(FieldNames.TIME, FieldNames.LEVEL, FieldNames.MESSAGE);
    /** After the constants its constructor uses. */
    public static final GenericFormat INSTANCE = new GenericFormat();

    private GenericFormat() {
        super("generic", "Timestamped lines (generic)", FIELDS);
    }

    @Override
    public List<TimestampParser> timeLayouts() {
        return List.of(LAYOUTS);
    }

    @Override
    public int specificity() {
        return 1;
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return (b, start, end, out) -> {
            int levelFirst = leadingLevelEnd(b, start, end);
            int timeStart = levelFirst > 0 ? skipSpaces(b, levelFirst, end) : start;
            int pos = timeStart < end && isOpening(b[timeStart]) ? timeStart + 1 : timeStart;
            int next = LAYOUTS.parse(b, pos, end, out.time);
            if (next < 0 || (next < end && Character.isLetterOrDigit(b[next]))) {
                return false;
            }
            next = readFraction(b, next, end, out);
            out.hasTime = true;
            out.hasLevel = false;
            out.levelWellKnown = false;
            out.levelId = LevelTable.NONE_ID;
            int messageStart;
            if (levelFirst > 0) {
                int word = b[start] == '[' ? start + 1 : start;
                out.levelId = (byte) LevelTable.wellKnownId(b, word, wordEnd(b, word, levelFirst) - word);
                out.levelWellKnown = true;
                out.hasLevel = true;
                messageStart = skipSpaces(b, next, end);
            } else {
                messageStart = findLevel(b, next, end, levels, out);
            }
            if (out.wantFields) {
                out.fieldStart[0] = pos;
                out.fieldEnd[0] = next;
                out.fieldStart[2] = messageStart;
                out.fieldEnd[2] = end;
            }
            return true;
        };
    }

    /**
     * After a leading level, {@code [ERROR]} or an upper-case {@code ERROR} and a space, the time may follow:
     * where the level ends, or -1.
     */
    private static int leadingLevelEnd(byte[] b, int start, int end) {
        boolean bracketed = start < end && b[start] == '[';
        int word = bracketed ? start + 1 : start;
        int close = wordEnd(b, word, Math.min(end, word + 9));
        if (close >= end || b[close] != (bracketed ? ']' : ' ')
                || LevelTable.wellKnownId(b, word, close - word) < 0 || !isUpperCase(b, word, close)) {
            return -1;
        }
        return bracketed ? close + 1 : close;
    }

    private static int wordEnd(byte[] b, int from, int end) {
        int p = from;
        while (p < end && ((b[p] >= 'A' && b[p] <= 'Z') || (b[p] >= 'a' && b[p] <= 'z'))) {
            p++;
        }
        return p;
    }

    /** A bracket a timestamp may be written in: {@code [...]}, {@code <...>}, {@code (...)}. */
    private static boolean isOpening(byte c) {
        return c == '[' || c == '<' || c == '(';
    }

    private static int skipSpaces(byte[] b, int pos, int end) {
        while (pos < end && b[pos] == ' ') {
            pos++;
        }
        return pos;
    }

    /**
     * A fraction of a second after a layout that has none ({@code 10.10.2024 11:46:39.123}) is kept; one after
     * a colon ({@code 11:46:39:123}) is passed over, as it may be a counter rather than a fraction.
     */
    static int readFraction(byte[] b, int pos, int end, ParsedLine out) {
        if (pos + 1 >= end || !isDigit(b[pos + 1])) {
            return pos;
        }
        if (b[pos] == ' ' && out.time.fractionDigits == 0) {
            return readSpacedMillis(b, pos, end, out);
        }
        if ((b[pos] == '.' || b[pos] == ',') && out.time.fractionDigits == 0) {
            return IsoTimestampParser.parseFraction(b, pos + 1, end, out.time);
        }
        if (b[pos] == ':') {
            pos++;
            while (pos < end && isDigit(b[pos])) {
                pos++;
            }
        }
        return pos;
    }

    /**
     * The milliseconds of log4j's {@code HH:mm:ss SSS}: three digits after a blank, a word of their own; else
     * nothing is read.
     */
    private static int readSpacedMillis(byte[] b, int pos, int end, ParsedLine out) {
        boolean millis = pos + 4 <= end && isDigit(b[pos + 2]) && isDigit(b[pos + 3])
                && (pos + 4 == end || b[pos + 4] == ' ');
        return millis ? IsoTimestampParser.parseFraction(b, pos + 1, end, out.time) : pos;
    }

    /**
     * Looks for a level among the first words after the timestamp (words are split at spaces, tabs,
     * brackets, bars and colons, so {@code host-01:0} or {@code app.module:12} is one word); returns where
     * the message starts.
     */
    private static int findLevel(byte[] b, int pos, int end, LevelTable levels, ParsedLine out) {
        int p = pos;
        for (int word = 0; word < LEVEL_WORDS && p < end; word++) {
            while (p < end && (isSeparator(b[p]) || b[p] == '-' && p + 1 < end && b[p + 1] == ' ')) {
                p++; // " - " between fields is no word
            }
            int wordStart = p;
            while (p < end && !isSeparator(b[p])) {
                p++;
            }
            boolean bracketed = wordStart > pos && (b[wordStart - 1] == '[' || b[wordStart - 1] == '<')
                    && p < end && (b[p] == ']' || b[p] == '>');
            int known = LevelTable.wellKnownId(b, wordStart, p - wordStart);
            if (known < 0 && wordStart > pos && b[wordStart - 1] == '[') {
                int close = LineWords.closingBracket(b, wordStart - 1, end); // a thread or logger, spaces and all
                p = close < 0 ? end : close;
                continue;
            }
            // winston writes "info: message": a first word in lower case counts when a colon ends it, and a
            // word between tabs is a column of its own (zap's "\tinfo\t").
            boolean leadingWithColon = word == 0 && p < end && b[p] == ':';
            boolean tabbed = wordStart > pos && b[wordStart - 1] == '\t' && p < end && b[p] == '\t';
            if (known >= 0 && (bracketed || leadingWithColon || tabbed || isUpperCase(b, wordStart, p))) {
                out.levelId = (byte) known;
                out.levelWellKnown = true;
                out.hasLevel = true;
                while (p < end && (isSeparator(b[p]) || b[p] == '-')) {
                    p++;
                }
                return p;
            }
        }
        return pos;
    }

    private static boolean isSeparator(byte c) {
        return c == ' ' || c == '\t' || c == '[' || c == ']' || c == '|' || c == '<' || c == '>' || c == '('
                || c == ')' || c == ':' || c == ',' || c == '/'; // Celery's "INFO/MainProcess"
    }

    private static boolean isUpperCase(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] >= 'a' && b[i] <= 'z') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
