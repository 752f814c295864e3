package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** How a format reads the first lines of a file: for the "Define format" dialog's live preview. */
public final class FormatPreview {

    /** One line as the format reads it: a record start with its level, time and message, or a continuation. */
    public record Line(String text, boolean recordStart, String level, String time, String message) {
    }

    private FormatPreview() {
    }

    public static List<Line> of(LogFormat format, byte[] head, int length, int maxLines) {
        LevelTable levels = new LevelTable();
        LineParser parser = format.newParser(levels);
        ParsedLine parsed = new ParsedLine();
        int messageField = format.fieldNames().indexOf(FieldNames.MESSAGE);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < length && lines.size() < maxLines) {
            int newline = Bytes.indexOf(head, (byte) '\n', start, length);
            int end = newline < 0 ? length : newline;
            int contentEnd = Bytes.withoutCr(head, start, end);
            String text = new String(head, start, contentEnd - start, StandardCharsets.UTF_8);
            parsed.reset();
            if (parser.parse(head, start, contentEnd, parsed)) {
                String message = messageField >= 0 && parsed.fieldStart[messageField] >= 0
                        ? new String(head, parsed.fieldStart[messageField],
                                parsed.fieldEnd[messageField] - parsed.fieldStart[messageField], StandardCharsets.UTF_8)
                        : "";
                lines.add(new Line(text, true, levels.level(parsed.levelId).name(),
                        parsed.hasTime ? parsed.time.toIsoString() : "", message));
            } else {
                lines.add(new Line(text, false, "", "", ""));
            }
            start = end + 1;
        }
        return lines;
    }
}
