package dev.loglens.core.query;

import dev.loglens.core.format.ByteNeedle;
import dev.loglens.core.task.Cancellation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One search term: literal text or a regular expression, with or without case. Immutable and
 * thread-safe, so a filter can be run by a worker while the viewer highlights with the same terms.
 *
 * <p>A record is matched on its raw UTF-8 bytes. Literals are searched for in the bytes themselves, with
 * no decoding: case-sensitive ones as their UTF-8 encoding, case-insensitive ASCII ones with the case of
 * ASCII letters folded (as {@code grep -i} does in the C locale; a non-ASCII letter in the text such as the
 * Kelvin sign is not folded to an ASCII one). Regular expressions and case-insensitive literals with
 * non-ASCII letters decode the record first, invalid UTF-8 becoming U+FFFD, never an exception, and then
 * fold case with Unicode's rules.
 *
 * <p>Expressions are compiled {@link Pattern#MULTILINE}, so {@code ^} and {@code $} match at each line of a
 * multi-line record, as grep's would; {@code .} does not cross lines. Matching one record, or one text, stops
 * with a {@link RegexTimeoutException} after about a second, and the expression's nested repetition can
 * never hang a thread.
 */
public final class TextMatcher {

    /** A match in a text: characters {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    static final long DEFAULT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Cancellation NEVER = new Cancellation();

    private final String text;
    private final boolean regex;
    private final boolean caseSensitive;
    /** Set when the term is matched on raw bytes; otherwise {@link #pattern} is. */
    private final ByteNeedle needle;
    /** The literal's characters for {@link #find}, ASCII letters in lower case where case is folded. */
    private final char[] lowerChars;
    /** Per character of the literal: 0x20 where its case is folded, else 0 (see {@link ByteNeedle}). */
    private final char[] foldChars;
    private final Pattern pattern;
    /** For a regular expression: the plain characters that every match contains ({@link RequiredLiteral}), or null. */
    private final ByteNeedle requiredLiteral;
    private final long timeoutNanos;

    private TextMatcher(String text, boolean regex, boolean caseSensitive, Pattern pattern, long timeoutNanos) {
        this.text = text;
        this.regex = regex;
        this.caseSensitive = caseSensitive;
        this.pattern = pattern;
        this.timeoutNanos = timeoutNanos;
        if (pattern == null) {
            needle = new ByteNeedle(text.getBytes(StandardCharsets.UTF_8), !caseSensitive);
            lowerChars = text.toCharArray();
            foldChars = new char[lowerChars.length];
            for (int k = 0; k < lowerChars.length; k++) {
                char c = lowerChars[k];
                if (!caseSensitive && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    lowerChars[k] = (char) (c | 0x20);
                    foldChars[k] = 0x20;
                }
            }
        } else {
            needle = null;
            lowerChars = null;
            foldChars = null;
        }
        // Case-sensitive only: Unicode case folding lets non-ASCII letters (the Kelvin sign) match ASCII ones.
        String required = regex && caseSensitive ? RequiredLiteral.of(text) : "";
        this.requiredLiteral = required.length() >= 3
                ? new ByteNeedle(required.getBytes(StandardCharsets.UTF_8), false) : null;
    }

    /** A literal term. */
    public static TextMatcher literal(String text, boolean caseSensitive) {
        requireText(text);
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        Pattern pattern = caseSensitive || ascii ? null
                : Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new TextMatcher(text, false, caseSensitive, pattern, DEFAULT_TIMEOUT_NANOS);
    }

    /**
     * A regular expression term ({@link Pattern} syntax).
     *
     * @throws IllegalArgumentException when the expression is invalid, with a one-line message that says
     *         what is wrong and where
     */
    public static TextMatcher regex(String expression, boolean caseSensitive) {
        requireText(expression);
        int flags = Pattern.MULTILINE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return new TextMatcher(expression, true, caseSensitive, Pattern.compile(expression, flags),
                    DEFAULT_TIMEOUT_NANOS);
        } catch (PatternSyntaxException e) {
            // The JDK's own message spans three lines, the last a caret under the expression.
            String at = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription() + at, e);
        }
    }

    private static void requireText(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the search text is empty");
        }
    }

    /** The same term with another time limit per record, so that tests need not wait a second. */
    TextMatcher withTimeout(long nanos) {
        return new TextMatcher(text, regex, caseSensitive, pattern, nanos);
    }

    /** The term as the user wrote it. */
    public String text() {
        return text;
    }

    public boolean isRegex() {
        return regex;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    /** Whether the term occurs in the UTF-8 bytes {@code b[from, to)}. */
    public boolean matches(byte[] b, int from, int to) {
        return matches(b, from, to, NEVER);
    }

    /** The same, stopping with a {@link CancellationException} once cancelled. */
    boolean matches(byte[] b, int from, int to, Cancellation cancellation) {
        if (needle != null) {
            return needle.indexOf(b, from, to) >= 0;
        }
        if (requiredLiteral != null && requiredLiteral.indexOf(b, from, to) < 0) {
            return false; // cannot match: the text lacks what every match starts with
        }
        String decoded = new String(b, from, to - from, StandardCharsets.UTF_8);
        return guardedFind(pattern.matcher(new GuardedText(decoded, timeoutNanos, cancellation)), 0);
    }

    /** Bytes that every text this term matches holds, or null when there are none to search for. */
    ByteNeedle requiredBytes() {
        return needle != null ? needle : requiredLiteral;
    }

    /** Whether the term is found in raw bytes ({@link #indexOf}) rather than in decoded text. */
    boolean searchesBytes() {
        return needle != null;
    }

    /** The length in bytes of a term that {@link #searchesBytes()}. */
    int byteLength() {
        return needle.length();
    }

    /** Where a term that {@link #searchesBytes()} first occurs in {@code b[from, to)}, or -1. */
    int indexOf(byte[] b, int from, int to) {
        return needle.indexOf(b, from, to);
    }

    /** The first match starting at or after {@code from} in {@code text} (a cell's text), or null. */
    public Span find(CharSequence text, int from) {
        if (pattern == null) {
            int at = indexOfChars(text, Math.max(0, from));
            return at < 0 ? null : new Span(at, at + lowerChars.length);
        }
        if (from > text.length()) {
            return null;
        }
        Matcher matcher = pattern.matcher(new GuardedText(text.toString(), timeoutNanos, NEVER));
        return guardedFind(matcher, Math.max(0, from)) ? new Span(matcher.start(), matcher.end()) : null;
    }

    /** Every match in {@code text}, in order, for highlighting; matches of no characters are left out. */
    public List<Span> findAll(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        Span span;
        while (from <= text.length() && (span = find(text, from)) != null) {
            if (span.end() > span.start()) {
                spans.add(span);
                from = span.end();
            } else {
                from = span.end() + 1;
            }
        }
        return spans;
    }

    private static boolean guardedFind(Matcher matcher, int from) {
        try {
            return matcher.find(from);
        } catch (StackOverflowError e) {
            // java.util.regex recurses once per repetition of a group; the matcher's state is dropped with it.
            throw new RegexTimeoutException("recurses too deep on a long text");
        }
    }

    private int indexOfChars(CharSequence text, int from) {
        int n = lowerChars.length;
        for (int i = from; i + n <= text.length(); i++) {
            int k = 0;
            while (k < n && (text.charAt(i + k) | foldChars[k]) == lowerChars[k]) {
                k++;
            }
            if (k == n) {
                return i;
            }
        }
        return -1;
    }
}
