package dev.loglens.core.export;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.format.RecordFields;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.format.RecordHead;
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
     * The message: the message field (or the whole head when the format has none or did not read the record),
     * then the record's further lines as written (a traceback). The head is the first line, or the first two
     * when the second gave the level ({@link RecordHead}).
     */
    static String message(byte[] b, int length, ParsedLine head, int messageField) {
        int headEnd = Bytes.withoutCr(b, 0, RecordHead.end(b, 0, length, head));
        String text = messageField >= 0 && head.fieldStart[messageField] >= 0 ? field(b, head, messageField)
                : new String(b, 0, headEnd, StandardCharsets.UTF_8);
        if (headEnd >= length) {
            return text;
        }
        return text + new String(b, headEnd, length - headEnd, StandardCharsets.UTF_8);
    }
}
