package dev.loglens.core.query;

import dev.loglens.core.format.FirstBytes;

/**
 * The longest run of plain characters that every match of a (case-sensitive) regular expression contains, so
 * that text without it is ruled out by a byte search, without the regex: {@code status=5} of
 * {@code status=5[0-9][0-9]}, {@code Error: } of {@code [A-Z]\w+Error: .*}. Only the expression's top level is
 * read: what is inside a group, a class or a quantified atom may be absent from a match.
 */
final class RequiredLiteral {

    private RequiredLiteral() {
    }

    /** The literal, or "" when there is none: a top-level alternative, an inline flag ({@code (?i)}), a quote. */
    static String of(String expression) {
        if (FirstBytes.hasTopLevelAlternative(expression) || expression.contains("(?") || expression.contains("\\Q")) {
            return "";
        }
        String longest = "";
        StringBuilder run = new StringBuilder();
        int k = 0;
        while (k < expression.length()) {
            char c = expression.charAt(k);
            if (c == '\\' && k + 1 < expression.length() && !Character.isLetterOrDigit(expression.charAt(k + 1))
                    && expression.charAt(k + 1) != '\uFFFD') {
                run.appendCodePoint(expression.codePointAt(k + 1)); // an escaped sign: \. \/ \[
                k += 1 + Character.charCount(expression.codePointAt(k + 1));
            } else if (isQuantifier(c)) {
                // It makes the character before optional, or repeats it: the run ends before that character.
                dropLastCharacter(run);
                longest = longer(longest, run);
                k = c == '{' ? FirstBytes.after(expression, '}', k) : k + 1;
            } else if (c == '\\' || c == '[' || c == '(' || c == '.' || c == '^' || c == '$' || c == '\uFFFD') {
                // An escape of a class or back reference, a class, a group, any character, an anchor, or what
                // invalid bytes decode to (which is not in the raw bytes): the run ends here.
                longest = longer(longest, run);
                k = c == '[' ? FirstBytes.afterClass(expression, k) : c == '(' ? FirstBytes.afterGroup(expression, k)
                        : c == '\\' ? FirstBytes.afterEscape(expression, k) : k + 1;
            } else {
                run.append(c);
                k++;
            }
        }
        return longer(longest, run);
    }

    /** Drops the run's last character, both halves of one outside the Basic Multilingual Plane (an emoji). */
    private static void dropLastCharacter(StringBuilder run) {
        if (run.length() > 0) {
            run.setLength(run.length() - Character.charCount(run.codePointBefore(run.length())));
        }
    }

    private static boolean isQuantifier(char c) {
        return c == '*' || c == '?' || c == '+' || c == '{';
    }

    private static String longer(String longest, StringBuilder run) {
        String candidate = run.toString();
        run.setLength(0);
        return candidate.length() > longest.length() ? candidate : longest;
    }
}
