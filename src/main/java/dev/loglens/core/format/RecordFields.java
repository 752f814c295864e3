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
            int start = parsed.fieldStart[f];
            int end = parsed.fieldEnd[f];
            if (start >= 0 && end >= start) {
                String written = new String(line, start, end - start, StandardCharsets.UTF_8);
                values[f] = isJsonString(written) ? JsonValues.unquote(written) : written;
            }
        }
        return values;
    }

    /** JSON Lines fields are spans of the JSON text: a string value is shown without its quotes and escapes. */
    private static boolean isJsonString(String written) {
        return written.length() >= 2 && written.charAt(0) == '"' && written.charAt(written.length() - 1) == '"';
    }
}
