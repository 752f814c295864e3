package dev.loglens.core.format;

/**
 * Which bytes a line matching a regular expression can start with, read from the expression's first atom
 * ({@code \d}, {@code \[}, a literal character, a simple class such as {@code [DIWEF]} or {@code [A-Z]}),
 * looking through named and non-capturing group openings. Anything less simple (an optional first part,
 * an alternation, a lookahead) gives null: every line is tried.
 */
public final class FirstBytes {

    private FirstBytes() {
    }

    static boolean[] of(String regex) {
        if (scan(regex, 0).alternation()) {
            return null;
        }
        int i = 0;
        while (true) {
            int bodyStart;
            if (regex.startsWith("(?<", i) && i + 3 < regex.length() && Character.isLetter(regex.charAt(i + 3))) {
                bodyStart = regex.indexOf('>', i) + 1;
            } else if (regex.startsWith("(?:", i)) {
                bodyStart = i + 3;
            } else {
                break;
            }
            Group group = scan(regex, bodyStart);
            if (group.close() >= regex.length() || group.alternation() || allowsZero(regex, group.close() + 1)) {
                return null; // an optional group, or one with alternatives, may not be where the line starts
            }
            i = bodyStart;
        }
        if (i >= regex.length()) {
            return null;
        }
        boolean[] set = new boolean[256];
        char c = regex.charAt(i);
        int next;
        if (c == '\\' && i + 1 < regex.length()) {
            char escaped = regex.charAt(i + 1);
            if (escaped == 'd') {
                for (char d = '0'; d <= '9'; d++) {
                    set[d] = true;
                }
            } else if (!Character.isLetterOrDigit(escaped)) {
                set[escaped & 0xFF] = true;
            } else {
                return null;
            }
            next = i + 2;
        } else if (c == '[') {
            int close = regex.indexOf(']', i + 1);
            if (close < 0 || !addClass(regex.substring(i + 1, close), set)) {
                return null;
            }
            next = close + 1;
        } else if (Character.isLetterOrDigit(c) || c == '<' || c == '-' || c == '{' || c == '"') {
            set[c & 0xFF] = true;
            next = i + 1;
        } else {
            return null;
        }
        return allowsZero(regex, next) ? null : set; // then the line may start with what follows
    }

    /** Whether the quantifier at {@code at} (if any) allows zero repetitions: ?, *, {0…}. */
    private static boolean allowsZero(String regex, int at) {
        if (at >= regex.length()) {
            return false;
        }
        char q = regex.charAt(at);
        return q == '?' || q == '*' || (q == '{' && at + 1 < regex.length() && regex.charAt(at + 1) == '0');
    }

    /** Where a group's body ends and whether it has alternatives at its own level. */
    private record Group(int close, boolean alternation) {
    }

    /** Whether the expression has an alternative ({@code a|b}) outside any group. */
    public static boolean hasTopLevelAlternative(String regex) {
        return scan(regex, 0).alternation();
    }

    /**
     * Scans from {@code from} to the parenthesis that closes the current level (or the end of the pattern),
     * stepping over escapes, classes and nested groups.
     */
    private static Group scan(String regex, int from) {
        int depth = 0;
        boolean alternation = false;
        for (int k = from; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k = afterEscape(regex, k) - 1;
            } else if (c == '[') {
                k = afterClass(regex, k) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return new Group(k, alternation);
            } else if (c == '|' && depth == 0) {
                alternation = true;
            }
        }
        return new Group(regex.length(), alternation);
    }

    /**
     * The index after the escape at {@code backslash}, as far as an alternation or a class could be hidden in
     * it: {@code \c|} is a control character, {@code \Q...\E} quotes everything up to {@code \E}.
     */
    private static int afterEscape(String regex, int backslash) {
        int next = backslash + 1;
        if (next < regex.length() && regex.charAt(next) == 'Q') {
            int end = regex.indexOf("\\E", next + 1);
            return end < 0 ? regex.length() : end + 2;
        }
        int after = next < regex.length() && regex.charAt(next) == 'c' ? next + 2 : next + 1;
        return Math.min(after, regex.length());
    }

    /**
     * The index after the character class that opens at {@code open}, as {@link java.util.regex.Pattern} reads
     * it: a {@code ]} right after the opening (or after its {@code ^}) is a member, classes nest
     * ({@code [a-z&&[^e]]}), escapes are stepped over.
     */
    public static int afterClass(String regex, int open) {
        int k = open + 1;
        if (k < regex.length() && regex.charAt(k) == '^') {
            k++;
        }
        if (k < regex.length() && regex.charAt(k) == ']') {
            k++;
        }
        while (k < regex.length()) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k = afterEscape(regex, k);
            } else if (c == '[') {
                k = afterClass(regex, k);
            } else if (c == ']') {
                return k + 1;
            } else {
                k++;
            }
        }
        return regex.length();
    }

    /** Adds a simple class body (letters, digits, ranges); false for anything else (negation, escapes). */
    private static boolean addClass(String body, boolean[] set) {
        if (body.isEmpty() || body.charAt(0) == '^' || body.indexOf('\\') >= 0) {
            return false;
        }
        for (int k = 0; k < body.length(); k++) {
            char from = body.charAt(k);
            if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                char to = body.charAt(k + 2);
                for (char x = from; x <= to && x < 256; x++) {
                    set[x] = true;
                }
                k += 2;
            } else if (from < 256) {
                set[from] = true;
            } else {
                return false;
            }
        }
        return true;
    }
}
