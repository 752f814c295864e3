package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of a record's head ({@link RecordHead}) as text, for showing it. One instance per thread:
 * it reuses its parser and parsed line.
 */
public final class RecordFields {

    private final RecordHead head;
    private final ParsedLine parsed = new ParsedLine();
    private final int fieldCount;

    public RecordFields(LogFormat format, LevelTable levels) {
        this.head = new RecordHead(format, levels);
        this.fieldCount = format.fieldNames().size();
    }

    /**
     * The values of the fields of the record {@code b[from, to)} (its first lines are enough), indexed like
     * {@link LogFormat#fieldNames()} (null for a field it does not have), or null when the format does not read
     * it (lines before the first record).
     */
    public String[] read(byte[] b, int from, int to) {
        if (!head.parse(b, from, to, parsed)) {
            return null;
        }
        String[] values = new String[fieldCount];
        for (int f = 0; f < fieldCount; f++) {
            values[f] = text(b, parsed, f);
        }
        return values;
    }

    /** The lines the record last read gave its fields from: 1, or 2 when its second line gave the level. */
    public int headLines() {
        return parsed.levelLineRead ? 2 : 1;
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
