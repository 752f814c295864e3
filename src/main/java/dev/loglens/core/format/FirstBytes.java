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
     * The index after the escape at {@code backslash}, with what it takes: the quoted text of
     * {@code \Q...\E}, the character of {@code \cM} (so {@code \c|} hides no alternation), the digits of
     * {@code \x41}, {@code \u005Cu0041}, {@code \0101} or a back reference, the braces of {@code \p{Alpha}} or
     * {@code \x{1F600}}, the name of {@code \k<name>}.
     */
    public static int afterEscape(String regex, int backslash) {
        int k = backslash + 2;
        if (k > regex.length()) {
            return regex.length();
        }
        char escaped = regex.charAt(k - 1);
        boolean braced = k < regex.length() && regex.charAt(k) == '{';
        return switch (escaped) {
            case 'Q' -> {
                int end = regex.indexOf("\\E", k);
                yield end < 0 ? regex.length() : end + 2;
            }
            case 'x' -> braced ? after(regex, '}', k) : Math.min(regex.length(), k + 2);
            case 'u' -> Math.min(regex.length(), k + 4);
            case 'p', 'P', 'N' -> braced ? after(regex, '}', k) : Math.min(regex.length(), k + 1);
            case 'c' -> Math.min(regex.length(), k + 1);
            case 'k' -> after(regex, '>', k);
            default -> Character.isDigit(escaped) ? afterDigits(regex, k) : k;
        };
    }

    /** The index after the first {@code close} from {@code from} on, or the expression's end. */
    public static int after(String regex, char close, int from) {
        int at = regex.indexOf(close, from);
        return at < 0 ? regex.length() : at + 1;
    }

    private static int afterDigits(String regex, int from) {
        int k = from;
        while (k < regex.length() && Character.isDigit(regex.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The index after the group that opens at {@code open}, past the escapes, classes and groups in it. */
    public static int afterGroup(String regex, int open) {
        return Math.min(regex.length(), scan(regex, open + 1).close() + 1);
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
