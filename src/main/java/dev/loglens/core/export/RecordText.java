package dev.loglens.core.export;

import dev.loglens.core.format.RecordFields;
import dev.loglens.core.format.ParsedLine;
import java.nio.charset.StandardCharsets;

/** A record's fields and message as text, for the JSON Lines and CSV exports. */
final class RecordText {

    private RecordText() {
    }

    /** Field {@code f} of the record's first line (a JSON string without its quotes), or null when absent. */
    static String field(byte[] b, ParsedLine first, int f) {
        String text = RecordFields.text(b, first, f);
        boolean quoted = text != null && first.fieldEnd[f] - first.fieldStart[f] >= 2
                && b[first.fieldStart[f]] == '"' && b[first.fieldEnd[f] - 1] == '"';
        return text == null || quoted ? text : text.strip();
    }

    /** Where the record's first line ends: at its newline, or the end of the record. */
    static int firstLineEnd(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return length;
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
