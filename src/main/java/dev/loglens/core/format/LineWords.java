package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;

/**
 * A line read as words split at spaces and tabs, the unit a {@link LearnedFormat} places its fields by: a field
 * padded to a width ({@code %(levelname)-8s}) or put in brackets keeps its word's place.
 */
final class LineWords {

    private LineWords() {
    }

    /**
     * Where word {@code index} (from 0) starts, counting from {@code from}; -1 when the line has fewer words. Brackets
     * alone are no word of their own but part of the word next to them: {@code [INFO    ]}, {@code [CRITICAL]},
     * {@code [    INFO]} and {@code [ WARNING]} are one word each.
     */
    static int start(byte[] b, int from, int end, int index) {
        int p = first(b, from, end);
        for (int i = 0; i < index && p < end; i++) {
            p = next(b, p, end);
        }
        return p < end ? p : -1;
    }

    /**
     * Fills {@code out} with where the line's first words start, as {@link #start} counts them; returns how many
     * it has (fewer than {@code out.length} when the line ends first). One pass for all the words a parser needs.
     */
    static int starts(byte[] b, int from, int end, int[] out) {
        int p = first(b, from, end);
        int n = 0;
        while (n < out.length && p < end) {
            out[n++] = p;
            p = next(b, p, end);
        }
        return n;
    }

    /** Where the first word at or after {@code from} starts ({@code end} when there is none). */
    private static int first(byte[] b, int from, int end) {
        return skipBracketsAlone(b, skipBlanks(b, from, end), end);
    }

    /** Where the word after the one at {@code p} starts ({@code end} when there is none). */
    private static int next(byte[] b, int p, int end) {
        return first(b, endOf(b, p, end), end);
    }

    /** Past a word of closing brackets only, and the blanks after it (it ends the word before); else {@code p}. */
    private static int skipBracketsAlone(byte[] b, int p, int end) {
        int q = p;
        while (q < end && isClosing(b[q])) {
            q++;
        }
        return q > p && (q == end || isBlank(b[q])) ? skipBlanks(b, q, end) : p;
    }

    /**
     * Where the word that {@code p} is in (or starts) ends; opening brackets and blanks after them are its start.
     * Fields written in brackets side by side are words of their own: {@code [ERROR][20240105} is two, as
     * {@code [INFO ][20240105} is, so that a log4j {@code [%-5p][%d]} layout keeps its time in one place.
     */
    static int endOf(byte[] b, int p, int end) {
        int q = afterOpeningBrackets(b, p, end);
        if (q == p || q == end || !isBlank(b[q])) {
            q = p;
        }
        q = skipBlanks(b, q, end);
        int content = afterOpeningBrackets(b, q, end);
        if (q < end && b[q] == '[') {
            q = Math.max(q, closingBracket(b, q, end));
        }
        while (q < end && !isBlank(b[q]) && !(q > content && b[q] == '[' && b[q - 1] == ']')) {
            q++;
        }
        return q;
    }

    /**
     * Where the bracket opened at {@code open} closes, brackets inside it passed over, or -1 when it does not close
     * on the line: a thread written {@code [Source: Kafka -> Calc(select=[id]) (1/16)#0]} is one field, so the
     * fields after it keep their places.
     */
    static int closingBracket(byte[] b, int open, int end) {
        int depth = 0;
        for (int q = open; q < end; q++) {
            depth += b[q] == '[' ? 1 : b[q] == ']' ? -1 : 0;
            if (depth == 0) {
                return q;
            }
        }
        return -1;
    }

    /**
     * Whether the word before the one at {@code word} ends like a date: {@code 10-25}, {@code 10/10}, {@code .2024},
     * {@code Aug/2014}, or is eight digits ({@code 20220904}).
     */
    static boolean followsDate(byte[] b, int lineStart, int word) {
        int p = lastOfWordBefore(b, lineStart, word);
        int digits = 0;
        while (p - digits >= lineStart && isDigit(b[p - digits])) {
            digits++;
        }
        int separator = p - digits;
        boolean afterSeparator = separator > lineStart && (isDigit(b[separator - 1]) || digits == 4)
                && (b[separator] == '-' || b[separator] == '/' || b[separator] == '.');
        boolean compact = digits == 8 && (separator < lineStart || isBlank(b[separator]));
        return digits >= 2 && afterSeparator || compact;
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The last byte of the word before the one at {@code word} (blanks between them passed over). */
    private static int lastOfWordBefore(byte[] b, int lineStart, int word) {
        int p = word - 1;
        while (p > lineStart && isBlank(b[p])) {
            p--;
        }
        return p;
    }

    /**
     * Past the brackets, bars and colons a field is often written in or glued to: {@code [2024-10-10},
     * {@code (INFO)}, {@code |}, the {@code :INFO:} of {@code %(asctime)s:%(levelname)s:}.
     */
    static int afterOpening(byte[] b, int p, int end) {
        int q = afterOpeningBrackets(b, p, end);
        if (q > p) {
            q = skipBlanks(b, q, end); // the padding of [    INFO]
        }
        while (q < end && (b[q] == '|' || b[q] == ':')) {
            q++;
        }
        return q;
    }

    /** Past the opening brackets at {@code p}, and the {@code ]} before them that closes the field before. */
    private static int afterOpeningBrackets(byte[] b, int p, int end) {
        int q = p < end - 1 && b[p] == ']' && b[p + 1] == '[' ? p + 1 : p;
        while (q < end && (b[q] == '[' || b[q] == '(' || b[q] == '<' || b[q] == '{')) {
            q++;
        }
        return q;
    }

    /**
     * Where a level name starting at {@code from} ends, or -1 when the word there is none: letters followed by no
     * letter or digit, either a name LogLens knows in any case or capital letters ({@code SUCCESS}, or a Python
     * name cut short: {@code W}, {@code DEBU}).
     */
    static int levelNameEnd(byte[] b, int from, int end) {
        int to = from;
        while (to < end && isLetter(b[to])) {
            to++;
        }
        if (to == from || to - from > 10 || (to < end && (isWordChar(b[to]) || b[to] == '_' || b[to] == '.'))) {
            return -1;
        }
        return isCapitals(b, from, to) || LevelTable.wellKnownId(b, from, to - from) >= 0 ? to : -1;
    }

    /**
     * Whether {@code b[from, to)} is capital letters only, as a custom level's name is ({@code SUCCESS}; a pid, or a
     * variable such as {@code LOCAL_RANK} that Lightning prints, is no level).
     */
    static boolean isCapitals(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 'A' || b[i] > 'Z') {
                return false;
            }
        }
        return to > from;
    }

    /** Past the separators between a record's head and its message: {@code ] - }, {@code | }, {@code : }. */
    static int skipSeparators(byte[] b, int p, int end) {
        while (p < end) {
            byte c = b[p];
            boolean dash = c == '-' && (p + 1 == end || isBlank(b[p + 1]));
            if (!(isBlank(c) || dash || c == ']' || c == ')' || c == '>' || c == '}' || c == '|' || c == ':')) {
                break;
            }
            p++;
        }
        return p;
    }

    static boolean isWordChar(byte c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isLetter(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isClosing(byte c) {
        return c == ']' || c == ')' || c == '>' || c == '}';
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }

    private static int skipBlanks(byte[] b, int p, int end) {
        while (p < end && isBlank(b[p])) {
            p++;
        }
        return p;
    }
}
