package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstBytesTest {

    @ParameterizedTest(name = "{0}: {1} yes, {2} no")
    @CsvSource(delimiter = '|', textBlock = """
            (?<time>\\d{4}-\\d\\d)          | 2 | a
            \\[(?<time>.*)\\]               | [ | 2
            (?<level>[IWEF])(?<time>\\d+)   | W | D
            (?<level>[A-Z]+) (?<m>.*)       | Q | q
            <(?<pri>\\d+)>1                 | < | 1
            """)
    void aSimpleFirstAtomGivesTheBytesALineCanStartWith(String regex, char yes, char no) {
        boolean[] first = FirstBytes.of(regex);
        assertThat(first).isNotNull();
        assertThat(first[yes]).isTrue();
        assertThat(first[no]).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (?:<(?<pri>\\d{1,3})>)?(?<time>[A-Z])
            (?=.*level=)(?<m>.*)
            (?:(?<file>\\S+) )?(?<time>\\d)
            [^x]abc
            a?b
            (?<level>TRACE|DEBUG|INFO):\\s+
            (?<x>a)?b
            """)
    void anythingLessSimpleTriesEveryLine(String regex) {
        assertThat(FirstBytes.of(regex)).isNull();
    }
}
