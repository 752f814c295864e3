package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A text as the window would show it: the format detected for it, and its records. */
record Reading(String formatId, List<Reading.Row> rows) {

    private static final FormatDetector DETECTOR = FormatDetector.builtIn();

    /** A record as a user sees it in the table: its level, its time and how many lines it has. */
    record Row(String level, String time, int lines) {
    }

    /** Detects the text's format and reads every line as the indexer would. */
    static Reading of(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        LogFormat format = DETECTOR.detect(b, b.length);
        LevelTable levels = new LevelTable();
        RecordStarts starts = new RecordStarts(format, levels);
        ParsedLine parsed = new ParsedLine();
        parsed.time.setReferenceDate(2025, 12, 31);
        List<Row> rows = new ArrayList<>();
        int start = 0;
        while (start < b.length) {
            int newline = Bytes.indexOf(b, (byte) '\n', start, b.length);
            int end = newline < 0 ? b.length : newline;
            parsed.reset();
            if (starts.read(b, start, end, parsed) == RecordStarts.RECORD) {
                rows.add(new Row(levels.level(parsed.levelId).name(), parsed.hasTime ? parsed.time.toIsoString() : null, 1));
            } else if (!rows.isEmpty()) {
                Row last = rows.remove(rows.size() - 1);
                rows.add(new Row(last.level(), last.time(), last.lines() + 1));
            }
            start = end + 1;
        }
        return new Reading(format.id(), rows);
    }
}
