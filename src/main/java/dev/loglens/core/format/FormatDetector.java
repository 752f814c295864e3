package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.util.List;

/**
 * Picks the format of a file from its first lines: each candidate scores the lines it reads as the
 * start of a record (with a level name LogLens knows, when the format has a level), and the best wins.
 * A file no candidate reads is plain text, shown line by line.
 */
public final class FormatDetector {

    public static final int MAX_LINES = 500;

    private final List<LogFormat> candidates;

    public FormatDetector(List<LogFormat> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    public static FormatDetector builtIn() {
        return new FormatDetector(FormatCatalog.builtIn().formats());
    }

    /** Detects the format of the first {@code length} bytes of a file. */
    public LogFormat detect(byte[] head, int length) {
        LogFormat best = PlainTextFormat.INSTANCE;
        int bestScore = 0;
        ParsedLine parsed = new ParsedLine();
        for (LogFormat format : candidates) {
            int score = score(format.newParser(new LevelTable()), head, length, parsed);
            if (score > bestScore || (score == bestScore && score > 0 && format.specificity() > best.specificity())) {
                best = format;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(LineParser parser, byte[] head, int length, ParsedLine parsed) {
        int score = 0;
        int lines = 0;
        int start = 0;
        while (start < length && lines < MAX_LINES) {
            int end = start;
            while (end < length && head[end] != '\n') {
                end++;
            }
            if (end == length && lines > 0) {
                break; // a cut-off last line would score unfairly
            }
            int contentEnd = end > start && head[end - 1] == '\r' ? end - 1 : end;
            parsed.reset();
            if (parser.parse(head, start, contentEnd, parsed) && (!parsed.hasLevel || parsed.levelWellKnown)) {
                score += 2 + (parsed.hasTime ? 1 : 0);
            }
            lines++;
            start = end + 1;
        }
        return score;
    }
}
