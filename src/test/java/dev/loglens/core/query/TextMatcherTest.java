package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loglens.core.query.TextMatcher.Span;
import dev.loglens.core.task.Cancellation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMatcherTest {

    /** Matches {@code text} as a slice of a larger array, so that bytes around it must be ignored. */
    private static boolean matches(TextMatcher matcher, String text) {
        byte[] around = "Error ERROR error".getBytes(StandardCharsets.UTF_8);
        byte[] inner = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(around);
        out.writeBytes(inner);
        out.writeBytes(around);
        return matcher.matches(out.toByteArray(), around.length, around.length + inner.length);
    }

    @ParameterizedTest(name = "{0} \"{1}\", case sensitive {2}, in \"{3}\": {4}")
    @CsvSource(delimiter = ';', textBlock = """
            literal; Error; true; an Error here; true
            literal; Error; true; Error; true
            literal; Error; true; an error here; false
            literal; Error; true; ERROR; false
            # the slice ends before the needle does; the bytes around it hold it
            literal; Error; true; Erro; false
            literal; Error; true; ''; false
            # first and last bytes fit at 0 and at 4, the whole needle only at 4
            literal; abcb; true; aXXbabcb and more after it; true
            literal; abcb; true; aXXbabdbaYYb and more after it; false
            literal; error; false; ERROR; true
            literal; error; false; an eRrOr; true
            literal; error; false; errror; false
            # 0x20 apart like the two cases of a letter, but not letters: not taken for each other
            literal; @x[; false; @X[; true
            literal; @x[; false; `x[; false
            literal; @x[; false; @x{; false
            literal; grüße; true; viele grüße; true
            literal; grüße; true; viele Grüße; false
            literal; ÜBER; true; über; false
            literal; ÜBER; false; weiter über alles; true
            literal; 日本; false; 東京 日本; true
            literal; 日本; false; 東京; false
            literal; a.c; true; abc; false
            literal; a.c; true; a.c; true
            regex; a.c; true; abc; true
            regex; ret(ry|ried) \\d+ times; true; retried 3 times; true
            regex; ret(ry|ried) \\d+ times; true; retried three times; false
            regex; time ?out; true; TimeOut; false
            regex; time ?out; false; TimeOut; true
            regex; über; false; ÜBER; true
            """)
    void termMatchesTheRecordsBytesOnly(String kind, String term, boolean caseSensitive, String text,
                                        boolean expected) {
        TextMatcher matcher = kind.equals("regex") ? TextMatcher.regex(term, caseSensitive)
                : TextMatcher.literal(term, caseSensitive);
        assertThat(matches(matcher, text)).isEqualTo(expected);
    }

    @Test
    void literalSearchAgreesWithANaiveSearchAtEveryOffset() {
        // Short alphabets put many candidates and near misses at every offset of the eight-byte steps.
        byte[] alphabet = {'a', 'b', 'A', 'B', ' ', '@', '`', (byte) 0xC3, (byte) 0xA9, '\n'};
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            byte[] text = new byte[random.nextInt(70)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            byte[] needle = new byte[1 + random.nextInt(9)];
            for (int i = 0; i < needle.length; i++) {
                needle[i] = alphabet[random.nextInt(6)];
            }
            if (random.nextBoolean() && text.length > needle.length) {
                // a piece of the text, often with one byte changed: matches and near misses
                int at = random.nextInt(text.length - needle.length);
                for (int i = 0; i < needle.length; i++) {
                    needle[i] = text[at + i] < 0 || text[at + i] == '\n' ? (byte) 'a' : text[at + i];
                }
                if (random.nextBoolean()) {
                    needle[random.nextInt(needle.length)] = alphabet[random.nextInt(6)];
                }
            }
            boolean caseSensitive = random.nextBoolean();
            int from = text.length == 0 ? 0 : random.nextInt(text.length);
            int to = from + random.nextInt(text.length - from + 1);
            TextMatcher matcher = TextMatcher.literal(new String(needle, StandardCharsets.US_ASCII), caseSensitive);

            assertThat(matcher.matches(text, from, to))
                    .as("%s in %s [%d, %d), case sensitive %s", new String(needle, StandardCharsets.ISO_8859_1),
                            new String(text, StandardCharsets.ISO_8859_1), from, to, caseSensitive)
                    .isEqualTo(naiveContains(text, from, to, needle, caseSensitive));
        }
    }

    private static boolean naiveContains(byte[] text, int from, int to, byte[] needle, boolean caseSensitive) {
        for (int i = from; i + needle.length <= to; i++) {
            int k = 0;
            while (k < needle.length && sameByte(text[i + k], needle[k], caseSensitive)) {
                k++;
            }
            if (k == needle.length) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameByte(byte a, byte b, boolean caseSensitive) {
        return a == b || (!caseSensitive && Character.isLetter(a) && Character.isLetter(b)
                && Character.toLowerCase(a) == Character.toLowerCase(b));
    }

    @Test
    void regexAnchorsMatchAtEachLineOfARecordAndDotStaysOnOneLine() {
        String record = "2024-10-10 11:46:40,456 - app - ERROR - boom\nTraceback (most recent call last):\n"
                + "ZeroDivisionError: division by zero";

        assertThat(matches(TextMatcher.regex("^ZeroDivisionError", true), record)).isTrue();
        assertThat(matches(TextMatcher.regex("^Traceback.*\\):$", true), record)).isTrue();
        assertThat(matches(TextMatcher.regex("boom.*Zero", true), record)).isFalse();
        assertThat(matches(TextMatcher.regex("^Error", true), record)).isFalse(); // not in the record's slice
    }

    @Test
    void invalidUtf8IsReplacedNeverThrown() {
        byte[] bad = {'c', 'a', 'f', (byte) 0xFF, ' ', (byte) 0xC3, '(', ' ', (byte) 0xE2, (byte) 0x82};

        assertThat(TextMatcher.regex("caf\uFFFD \uFFFD\\(", true).matches(bad, 0, bad.length)).isTrue();
        assertThat(TextMatcher.literal("CAF", false).matches(bad, 0, bad.length)).isTrue();
        assertThat(TextMatcher.literal("Ç", false).matches(bad, 0, bad.length)).isFalse();
        // a slice that cuts a character in two
        assertThat(TextMatcher.regex("\uFFFD$", true).matches(bad, 0, 9)).isTrue();
    }

    @Test
    void invalidRegexSaysWhatIsWrongOnOneLine() {
        assertThatThrownBy(() -> TextMatcher.regex("query (failed", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid regular expression: Unclosed group")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> TextMatcher.regex("*error", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid regular expression: Dangling meta character '*' at character 1");
    }

    @Test
    void emptyTermsAreRefused() {
        assertThatThrownBy(() -> TextMatcher.literal("", true)).hasMessage("the search text is empty");
        assertThatThrownBy(() -> TextMatcher.regex("", true)).hasMessage("the search text is empty");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void catastrophicBacktrackingStopsWithATimeout() {
        // Nested repetition that the JDK cannot memoize: its work grows exponentially with the a's.
        TextMatcher slow = TextMatcher.regex("(.*a){20}x", true).withTimeout(TimeUnit.MILLISECONDS.toNanos(200));
        byte[] line = "a".repeat(40).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> slow.matches(line, 0, line.length))
                .isInstanceOf(RegexTimeoutException.class)
                .hasMessage("the regular expression takes too long; simplify it");
        assertThatThrownBy(() -> slow.find("a".repeat(40), 0)).isInstanceOf(RegexTimeoutException.class);
        assertThat(slow.matches(line, 0, 10)).isFalse(); // short enough to finish
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void cancellationStopsARegexThatHasNotTimedOut() {
        TextMatcher slow = TextMatcher.regex("(.*a){20}x", true).withTimeout(TimeUnit.MINUTES.toNanos(10));
        byte[] line = "a".repeat(40).getBytes(StandardCharsets.US_ASCII);
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();

        assertThatThrownBy(() -> slow.matches(line, 0, line.length, cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void expressionThatRecursesTooDeepIsReportedNotThrownAsAnError() {
        TextMatcher deep = TextMatcher.regex("(a|b)*c", true);
        byte[] line = "ab".repeat(100_000).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> deep.matches(line, 0, line.length))
                .isInstanceOf(RegexTimeoutException.class)
                .hasMessage("the regular expression recurses too deep on a long text; simplify it");
    }

    @Test
    void findGivesSpansToHighlight() {
        assertThat(TextMatcher.literal("err", false).findAll("Err: an ERROR, no error"))
                .containsExactly(new Span(0, 3), new Span(8, 11), new Span(18, 21));
        assertThat(TextMatcher.literal("err", true).findAll("Err: an ERROR, no error"))
                .containsExactly(new Span(18, 21));
        assertThat(TextMatcher.literal("aa", true).findAll("aaaaa")).containsExactly(new Span(0, 2), new Span(2, 4));
        assertThat(TextMatcher.literal("über", false).findAll("ÜBER und über")).containsExactly(new Span(0, 4),
                new Span(9, 13));
        assertThat(TextMatcher.regex("\\d+", true).findAll("a1 b22 c")).containsExactly(new Span(1, 2), new Span(4, 6));
        assertThat(TextMatcher.regex("x*", true).findAll("axxbx")).containsExactly(new Span(1, 3), new Span(4, 5));
        assertThat(TextMatcher.regex("x", true).findAll("none")).isEmpty();
    }

    @Test
    void findStartsAtTheGivenCharacter() {
        TextMatcher literal = TextMatcher.literal("ab", true);
        TextMatcher regex = TextMatcher.regex("a.", true);

        assertThat(literal.find("ab ab", 1)).isEqualTo(new Span(3, 5));
        assertThat(regex.find("ab ab", 1)).isEqualTo(new Span(3, 5));
        assertThat(literal.find("ab ab", 4)).isNull();
        assertThat(regex.find("ab ab", 4)).isNull();
        assertThat(regex.find("ab ab", 9)).isNull();
        assertThat(List.of(literal.find("ab", -3), regex.find("ab", -3))).containsOnly(new Span(0, 2));
    }
}
