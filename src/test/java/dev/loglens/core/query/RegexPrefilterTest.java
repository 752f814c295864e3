package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A regular expression's literal prefix lets records be skipped without the regex: never changing an answer. */
class RegexPrefilterTest {

    @Test
    void theLiteralPrefixIsWhatEveryMatchContains() {
        assertThat(TextMatcher.literalPrefix("status=5[0-9][0-9]")).isEqualTo("status=5");
        assertThat(TextMatcher.literalPrefix("loss=0\\.\\d+")).isEqualTo("loss=0");
        assertThat(TextMatcher.literalPrefix("epochs?")).isEqualTo("epoch");
        assertThat(TextMatcher.literalPrefix("ab{2}c")).isEqualTo("a");
        assertThat(TextMatcher.literalPrefix("timeout|refused")).isEmpty();
        assertThat(TextMatcher.literalPrefix("(?i)error")).isEmpty();
        assertThat(TextMatcher.literalPrefix("^ZeroDivision")).isEmpty();
        assertThat(TextMatcher.literalPrefix("cuda (out|oom)")).isEqualTo("cuda ");
        assertThat(TextMatcher.literalPrefix("x[|]y")).isEqualTo("x");
    }

    @Test
    void matchingWithThePrefilterGivesWhatTheRegexAloneGives() {
        String[] expressions = {"status=5[0-9][0-9]", "loss=0\\.\\d+", "epochs? \\d", "ab{2}c", "cuda (out|oom)",
            "x[|]y", "abc|xyz", "seq=1\\d\\b"};
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
