package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.util.List;

/**
 * Picks the format of a file from its first lines: each candidate scores the lines it reads as the
 * start of a record (with a level name LogLens knows, when the format has a level), and the best wins.
 * A file no candidate reads is plain text, shown line by line.
 */
public final class FormatDetector {

    public static final int MAX_LINES = 200;

    private final List<LogFormat> candidates;

    public FormatDetector(List<LogFormat> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    public static FormatDetector builtIn() {
        return new FormatDetector(FormatCatalog.builtIn().formats());
    }

    /** Detects the format of the first {@code length} bytes of a file. */
    public LogFormat detect(byte[] head, int length) {
        // Lines are split once: a byte loop here, run for every candidate, would make the JIT compile
        // detection code before the scanner that needs it.
        int[] starts = new int[MAX_LINES];
        int[] ends = new int[MAX_LINES];
        int lines = 0;
        int start = 0;
        while (start < length && lines < MAX_LINES) {
            int newline = Bytes.indexOf(head, (byte) '\n', start, length);
            if (newline < 0 && lines > 0) {
                break; // a cut-off last line would score unfairly
            }
            int end = newline < 0 ? length : newline;
            while (end > start && (head[end - 1] == '\r')) {
                end--;
            }
            int textStart = start;
            while (textStart < end && head[textStart] == 0) {
                textStart++; // NULs left by copytruncate
            }
            starts[lines] = textStart;
            ends[lines] = end;
            lines++;
            start = newline < 0 ? length : newline + 1;
        }
        LogFormat best = PlainTextFormat.INSTANCE;
        int bestScore = 0;
        ParsedLine parsed = new ParsedLine();
        for (LogFormat format : candidates) {
            int score = score(format.newParser(new LevelTable()), head, starts, ends, lines, parsed);
            if (score > bestScore || (score == bestScore && score > 0 && format.specificity() > best.specificity())) {
                best = format;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(LineParser parser, byte[] head, int[] starts, int[] ends, int lines, ParsedLine parsed) {
        int score = 0;
        for (int i = 0; i < lines; i++) {
            parsed.reset();
            if (parser.parse(head, starts[i], ends[i], parsed) && (!parsed.hasLevel || parsed.levelWellKnown)) {
                score += 2 + (parsed.hasTime ? 1 : 0);
            }
        }
        return score;
    }
}
