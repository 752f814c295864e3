package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of a record's first line as text, for showing or exporting it. One instance per thread:
 * it reuses its parser and parsed line.
 */
public final class RecordFields {

    private final LineParser parser;
    private final ParsedLine parsed = new ParsedLine();
    private final int fieldCount;

    public RecordFields(LogFormat format, LevelTable levels) {
        this.parser = format.newParser(levels);
        this.fieldCount = format.fieldNames().size();
    }

    /**
     * The values of the line's fields, indexed like {@link LogFormat#fieldNames()} (null for a field the line
     * does not have), or null when the format does not read the line (lines before the first record).
     */
    public String[] read(byte[] line, int from, int to) {
        parsed.reset();
        if (!parser.parse(line, from, to, parsed)) {
            return null;
        }
        String[] values = new String[fieldCount];
        for (int f = 0; f < fieldCount; f++) {
            values[f] = text(line, parsed, f);
        }
        return values;
    }

    /**
     * Field {@code f} of a parsed line as text, or null when the line does not have it. JSON Lines fields are
     * spans of the JSON text: a string value comes without its quotes and escapes.
     */
    public static String text(byte[] line, ParsedLine parsed, int f) {
        if (f < 0 || parsed.fieldStart[f] < 0 || parsed.fieldEnd[f] < parsed.fieldStart[f]) {
            return null;
        }
        String written = new String(line, parsed.fieldStart[f], parsed.fieldEnd[f] - parsed.fieldStart[f],
                StandardCharsets.UTF_8);
        boolean jsonString = written.length() >= 2 && written.charAt(0) == '"'
                && written.charAt(written.length() - 1) == '"';
        return jsonString ? JsonValues.unquote(written) : written;
    }
}
