package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in format reads its own sample lines as they say, and is the one detection picks for them.
 * Times written without a year are read as of 2024-12-31, as if the log had last been written then.
 */
class FormatSamplesTest {

    private static final FormatCatalog CATALOG = FormatCatalog.builtIn();

    @Test
    void everyFormatHasSamplesAndAUniqueId() {
        assertThat(CATALOG.definitions()).isNotEmpty();
        assertThat(CATALOG.definitions()).allSatisfy(d -> assertThat(d.samples()).isNotEmpty());
        assertThat(CATALOG.definitions().stream().map(FormatDefinition::id).distinct().count())
                .isEqualTo(CATALOG.definitions().size());
    }

    @TestFactory
    Stream<DynamicTest> everySampleGivesItsFields() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FormatDefinition definition : CATALOG.definitions()) {
            LogFormat format = CATALOG.byId(definition.id()).orElseThrow();
            for (FormatDefinition.Sample sample : definition.samples()) {
                tests.add(DynamicTest.dynamicTest(definition.id() + ": " + sample.line(),
                        () -> checkSample(format, sample)));
            }
        }
        return tests.stream();
    }

    /** An export writes each record's source file and line under these names: no format's own field may take them. */
    @Test
    void noFormatHasAFieldNamedLikeAnExportColumn() {
        for (FormatDefinition definition : CATALOG.definitions()) {
            assertThat(definition.toFormat().fieldNames()).as(definition.id())
                    .doesNotContain("timestamp", "file", "line");
        }
    }

    @TestFactory
    Stream<DynamicTest> detectionPicksTheFormatOfItsOwnSamples() {
        FormatDetector detector = FormatDetector.builtIn();
        return CATALOG.definitions().stream().map(definition -> DynamicTest.dynamicTest(definition.id(), () -> {
            StringBuilder text = new StringBuilder();
            for (FormatDefinition.Sample sample : definition.samples()) {
                text.append(sample.line()).append('\n');
            }
            byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(detector.detect(head, head.length).id()).isEqualTo(definition.id());
        }));
    }

    private static void checkSample(LogFormat format, FormatDefinition.Sample sample) {
        byte[] line = sample.line().getBytes(StandardCharsets.UTF_8);
        LevelTable levels = new LevelTable();
        ParsedLine parsed = new ParsedLine();
        parsed.reset();
        parsed.time.setReferenceDate(2024, 12, 31);
        assertThat(format.newParser(levels).parse(line, 0, line.length, parsed))
                .as("the format reads the line as a record start").isTrue();
        if (sample.level() != null) {
            assertThat(levels.level(parsed.levelId).name()).isEqualTo(sample.level());
        }
        if (sample.time() != null) {
            assertThat(parsed.hasTime).isTrue();
            assertThat(parsed.time.toIsoString()).isEqualTo(sample.time());
        } else {
            assertThat(parsed.hasTime).isFalse();
        }
        for (Map.Entry<String, String> field : sample.fields().entrySet()) {
            int i = format.fieldNames().indexOf(field.getKey());
            assertThat(i).as("the format has a field " + field.getKey()).isNotNegative();
            String value = new String(line, parsed.fieldStart[i], parsed.fieldEnd[i] - parsed.fieldStart[i],
                    StandardCharsets.UTF_8);
            assertThat(value).as(field.getKey()).isEqualTo(field.getValue());
        }
    }
}
