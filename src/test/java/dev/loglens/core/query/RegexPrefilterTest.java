package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A regular expression's required literal lets records be skipped without the regex: never changing an answer. */
class RegexPrefilterTest {

    @Test
    void theRequiredLiteralIsTheLongestRunEveryMatchContains() {
        assertThat(RequiredLiteral.of("status=5[0-9][0-9]")).isEqualTo("status=5");
        assertThat(RequiredLiteral.of("loss=0\\.\\d+")).isEqualTo("loss=0.");
        assertThat(RequiredLiteral.of("epochs?")).isEqualTo("epoch");
        assertThat(RequiredLiteral.of("ab{2}c")).isEqualTo("a");
        assertThat(RequiredLiteral.of("^ZeroDivision")).isEqualTo("ZeroDivision");
        assertThat(RequiredLiteral.of("cuda (out|oom)")).isEqualTo("cuda ");
        assertThat(RequiredLiteral.of("x[|]y")).isEqualTo("x");
        // Past the start: after a class, a group, an escape of a class, an anchor.
        assertThat(RequiredLiteral.of("[A-Z]\\w+Error: .*timed out")).isEqualTo("timed out");
        assertThat(RequiredLiteral.of("\\d+ ms elapsed$")).isEqualTo(" ms elapsed");
        assertThat(RequiredLiteral.of("(GET|POST) /api/v1/\\w+")).isEqualTo(" /api/v1/");
        assertThat(RequiredLiteral.of("[]x]retry")).isEqualTo("retry");
        // What an escape takes is not a literal of the text.
        assertThat(RequiredLiteral.of("\\x41BC")).isEqualTo("BC");
        assertThat(RequiredLiteral.of("\\u00e9t\\u00e9")).isEqualTo("t");
        assertThat(RequiredLiteral.of("\\p{Alpha}1234")).isEqualTo("1234");
        assertThat(RequiredLiteral.of("(a)\\1234")).isEmpty();
        // None where a match need not hold one.
        assertThat(RequiredLiteral.of("timeout|refused")).isEmpty();
        assertThat(RequiredLiteral.of("(?i)error")).isEmpty();
        assertThat(RequiredLiteral.of("x(?i)error")).isEmpty();
        assertThat(RequiredLiteral.of("\\Qa.b\\E")).isEmpty();
        // A class with ] first, nested classes and a control character can hide a top-level alternative.
        assertThat(RequiredLiteral.of("[](]abc|xyz")).isEmpty();
        assertThat(RequiredLiteral.of("[a[]b]]cd logged")).isEqualTo("cd logged");
        assertThat(RequiredLiteral.of("\\c\\|logged")).isEmpty();
        // A quantifier takes a whole character, an emoji too; U+FFFD stands for bytes the text does not hold.
        assertThat(RequiredLiteral.of("ab\uD83D\uDE00?cd")).isEqualTo("ab");
        assertThat(RequiredLiteral.of("xy\\\uFFFDzzz")).isEqualTo("zzz");
    }

    @Test
    void matchingWithThePrefilterGivesWhatTheRegexAloneGives() {
        String[] expressions = {"status=5[0-9][0-9]", "loss=0\\.\\d+", "epochs? \\d", "ab{2}c", "cuda (out|oom)",
            "x[|]y", "abc|xyz", "seq=1\\d\\b", "[a-z]+=0\\.4", "\\d tatus=50", "(cuda|epoch) ou?t", "[](]abc|xyz",
            "[a[]b]]0.4", "\\c\\|oom", "tatus\uD83D\uDE00?=50"};
        Random random = new Random(17);
        String alphabet = "abcxyz=0159 .|status=epoch sloss=0.cuda outoom";
        for (String expression : expressions) {
            TextMatcher matcher = TextMatcher.regex(expression, true);
            Pattern plain = Pattern.compile(expression, Pattern.MULTILINE);
            for (int i = 0; i < 3000; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(40);
                for (int k = 0; k < length; k++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (random.nextInt(4) == 0) {
                    text.insert(random.nextInt(text.length() + 1), random.nextBoolean() ? "status=503" : "loss=0.42");
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                assertThat(matcher.matches(bytes, 0, bytes.length))
                        .as("%s on '%s'", expression, text).isEqualTo(plain.matcher(text).find());
            }
        }
    }
}
