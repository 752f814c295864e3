package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegexFormatTest {

    /** UTF-8 puts a 0x85 byte in 'Å' and '配': read as Latin-1, that is U+0085, a line end to java.util.regex. */
    @Test
    void aMessageIsReadWholeWhateverBytesItsCharactersHave() {
        LogFormat goLog = FormatCatalog.builtIn().byId("go-log").orElseThrow();
        String line = "INFO: 2025/06/09 14:00:40 logger.go:51: 配置加载成功 Ångström";
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        ParsedLine parsed = new ParsedLine();
        parsed.reset();
        assertThat(goLog.newParser(new LevelTable()).parse(b, 0, b.length, parsed)).isTrue();
        int message = goLog.fieldNames().indexOf(FieldNames.MESSAGE);
        assertThat(RecordFields.text(b, parsed, message)).isEqualTo("配置加载成功 Ångström");
    }
}
