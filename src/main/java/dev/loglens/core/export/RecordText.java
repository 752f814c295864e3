package dev.loglens.core.export;

import dev.loglens.core.format.JsonValues;
import dev.loglens.core.format.ParsedLine;
import java.nio.charset.StandardCharsets;

/** A record's fields and message as text, for the JSON Lines and CSV exports. */
final class RecordText {

    private RecordText() {
    }

    /** Field {@code f} of the record's first line (a JSON string without its quotes), or null when absent. */
    static String field(byte[] b, ParsedLine first, int f) {
        if (f < 0 || first.fieldStart[f] < 0 || first.fieldEnd[f] < first.fieldStart[f]) {
            return null;
        }
        String written = new String(b, first.fieldStart[f], first.fieldEnd[f] - first.fieldStart[f],
                StandardCharsets.UTF_8);
        boolean quoted = written.length() >= 2 && written.charAt(0) == '"' && written.endsWith("\"");
        return quoted ? JsonValues.unquote(written) : written.strip();
    }

    /**
     * The message: the message field (or the whole first line when the format has none or did not read
     * the line), then the record's further lines as written (a traceback).
     */
    static String message(byte[] b, int length, ParsedLine first, int messageField, int firstLineEnd) {
        String head = messageField >= 0 && first.fieldStart[messageField] >= 0 ? field(b, first, messageField)
                : new String(b, 0, firstLineEnd, StandardCharsets.UTF_8);
        if (firstLineEnd >= length) {
            return head;
        }
        return head + new String(b, firstLineEnd, length - firstLineEnd, StandardCharsets.UTF_8);
    }
}
