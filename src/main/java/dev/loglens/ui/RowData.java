package dev.loglens.ui;

import dev.loglens.core.query.TextMatcher;
import java.util.List;

/**
 * What a table row shows of a record, read off the JavaFX thread: its first line (cut at
 * {@link RowLoader#ROW_BYTES} when longer) and that line's fields, by the format's field order (null when
 * the format does not read the line), with where the find bar's term matches the line and the message, and
 * the colour of the user's first highlight rule that matches the line (null for none). The fields come from
 * the record's first {@code headLines} lines (two for java.util.logging, whose second line has the level).
 */
record RowData(String firstLine, String[] fields, int headLines, boolean cut, List<TextMatcher.Span> lineMarks,
               List<TextMatcher.Span> messageMarks, String highlightColor) {

    /** The value of field {@code f}, or "" when the record does not have it. */
    String field(int f) {
        return fields == null || f < 0 || f >= fields.length || fields[f] == null ? "" : fields[f];
    }
}
