package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Picks the format of a file from its first lines: each candidate scores the lines it reads as the
 * start of a record (with a level name LogLens knows, when the format has a level), and the best wins.
 * Lines are scored 200 at a time; when no candidate reads any of them (a banner, start-up warnings), the
 * next 200 are tried. A file no candidate reads is plain text, shown line by line.
 */
public final class FormatDetector {

    /** Lines scored at a time: enough to be sure, few enough that detection stays cheap. */
    public static final int WINDOW = 200;
    /** Lines a candidate is first tried on; one that reads none of them is dropped once another reads some. */
    private static final int PROBE = 10;
    /** Lines read from the head at most, so that a long preamble (warnings, banners) is looked past. */
    public static final int MAX_LINES = 2000;

    /** Tried first; when one of them reads a file beyond doubt, the others are never loaded. */
    private final List<LogFormat> primary;
    private final Supplier<List<LogFormat>> all;

    public FormatDetector(List<LogFormat> candidates) {
        this(List.of(), () -> candidates);
    }

    private FormatDetector(List<LogFormat> primary, Supplier<List<LogFormat>> all) {
        this.primary = List.copyOf(primary);
        this.all = all;
    }

    public static FormatDetector builtIn() {
        FormatCatalog catalog = FormatCatalog.builtIn();
        return new FormatDetector(catalog.primary(), catalog::detectable);
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
            starts[lines] = Bytes.afterNuls(head, start, end);
            ends[lines] = end;
            lines++;
            start = newline < 0 ? length : newline + 1;
        }
        // docker compose adds a few lines of its own, which continue the records before them; a worker's name
        // stands before some of a program's lines only.
        if (lookPastPrefixes(ServicePrefixedFormat::textStart, 2, 3, true, head, starts, ends, lines)) {
            LogFormat inner = detectLines(head, starts, ends, lines);
            return inner == PlainTextFormat.INSTANCE ? inner : new ServicePrefixedFormat(inner);
        }
        if (lookPastPrefixes(FormatDetector::afterProcessName, 1, 5, false, head, starts, ends, lines)) {
            LogFormat inner = detectLines(head, starts, ends, lines);
            return inner == PlainTextFormat.INSTANCE ? inner : new ProcessPrefixedFormat(inner);
        }
        return detectLines(head, starts, ends, lines);
    }

    /** Where a line's own text starts after a prefix another program put before it, or -1 when it has none. */
    private interface Prefix {
        int textStart(byte[] b, int start, int end);
    }

    private static int afterProcessName(byte[] b, int start, int end) {
        int text = ProcessPrefixedFormat.textStart(b, start, end);
        return text > start ? text : -1;
    }

    /**
     * When three lines or more, and {@code shareNumerator / shareDenominator} of the lines that are not empty or
     * more, carry {@code prefix}, moves each such line's start past it (a line without it is left empty when
     * {@code emptyTheOthers}) and returns true; otherwise changes nothing.
     */
    private static boolean lookPastPrefixes(Prefix prefix, int shareNumerator, int shareDenominator,
                                            boolean emptyTheOthers, byte[] head, int[] starts, int[] ends, int lines) {
        int prefixed = 0;
        int nonEmpty = 0;
        for (int i = 0; i < lines; i++) {
            if (ends[i] > starts[i]) {
                nonEmpty++;
                prefixed += prefix.textStart(head, starts[i], ends[i]) >= 0 ? 1 : 0;
            }
        }
        if (prefixed < 3 || prefixed * shareDenominator < nonEmpty * shareNumerator) {
            return false;
        }
        for (int i = 0; i < lines; i++) {
            int text = prefix.textStart(head, starts[i], ends[i]);
            starts[i] = text >= 0 ? text : emptyTheOthers ? ends[i] : starts[i];
        }
        return true;
    }

    private LogFormat detectLines(byte[] head, int[] starts, int[] ends, int lines) {
        ParsedLine parsed = new ParsedLine();
        parsed.wantFields = false;
        LogFormat certain = certainPrimary(head, starts, ends, Math.min(lines, WINDOW), parsed);
        if (certain != null) {
            return certain;
        }
        List<LogFormat> candidates = all.get();
        for (int from = 0; from < Math.max(lines, 1); from += WINDOW) {
            int to = Math.min(lines, from + WINDOW);
            LogFormat best = null;
            int bestScore = 0;
            int genericScore = 0;
            int strongestProbe = 0;
            for (LogFormat candidate : candidates) {
                LineParser parser = candidate.newParser(new LevelTable());
                int probeEnd = Math.min(to, from + PROBE);
                int probe = score(parser, head, starts, ends, from, probeEnd, parsed);
                if (probe == 0 && strongestProbe >= PROBE && readsNone(parser, head, starts, ends, from, to, parsed)) {
                    // Reads none of the first lines where another format reads a fair share of them, nor those in
                    // the middle of the window: not this file's format. A stray banner line that some format reads
                    // proves nothing (a long start-up banner before vLLM's records); the middle is looked at for a
                    // program whose first lines are another's (sbt's [info] lines before Spark's records).
                    continue;
                }
                strongestProbe = Math.max(strongestProbe, probe);
                int score = probe + score(parser, head, starts, ends, probeEnd, to, parsed);
                if (candidate == GenericFormat.INSTANCE) {
                    genericScore = score;
                } else if (score > bestScore
                        || (score == bestScore && score > 0 && candidate.specificity() > best.specificity())) {
                    best = candidate;
                    bestScore = score;
                }
            }
            LearnedFormat learned = LayoutLearner.learn(head, starts, ends, from, to);
            if (learned != null) {
                // A learnt layout takes any word in capitals where the level is as a level of its own, which a
                // built-in format may know better (PostgreSQL's DETAIL: and HINT: lines): such lines score nothing.
                int score = score(learned.newParser(new LevelTable()), head, starts, ends, from, to, parsed, false);
                // A built-in format that reads the lines as well knows their fields better. The generic fallback,
                // which reads each line on its own with no one layout for the file, is no match for it. Without a
                // level, a learnt layout is as weak a guess as the fallback: it must do as much better than the
                // built-in formats, and better than the fallback, which may find levels on some of the lines.
                boolean wins = learned.hasLevel() ? score > bestScore : score > 2 * bestScore && score > genericScore;
                if (wins) {
                    best = learned;
                    bestScore = score;
                }
            }
            // The generic fallback reads any timestamped line; it wins only where no specific format comes close,
            // and only when timestamped lines are a real share of the file (not a few dates in program output).
            if (genericScore > 2 * bestScore && genericIsConvincing(head, starts, ends, from, to, parsed)) {
                return withMixedIn(GenericFormat.INSTANCE, candidates, head, starts, ends, lines, parsed);
            }
            if (best != null && !readsOnlyStrayWords(best, head, starts, ends, from, to, parsed)) {
                return withMixedIn(best, candidates, head, starts, ends, lines, parsed);
            }
        }
        return PlainTextFormat.INSTANCE;
    }

    /**
     * The best format, or a composite of it and others when they read lines the best does not (TensorFlow
     * writes C++ runtime lines among its Python logging lines; a Gin service mixes its start-up lines, Go's
     * standard log and its request log). Only lines no chosen format reads are tried with the others, so a
     * file in one format pays almost nothing for this.
     */
    private static LogFormat withMixedIn(LogFormat best, List<LogFormat> candidates, byte[] head, int[] starts,
                                         int[] ends, int lines, ParsedLine parsed) {
        List<LogFormat> parts = new ArrayList<>(List.of(best));
        while (parts.size() < MAX_MIXED_FORMATS) {
            // Lines are judged as the indexer will: java.util.logging's level line ("SEVERE: ...") is the best
            // format's own, however much it looks like another layout (uvicorn's "INFO:     ...").
            RecordStarts chosen = new RecordStarts(parts.size() == 1 ? best : new CompositeFormat(parts),
                    new LevelTable());
            int[] unread = new int[Math.min(lines, MAX_UNREAD)];
            int unreadCount = 0;
            for (int i = 0; i < lines && unreadCount < MAX_UNREAD; i++) {
                // Indented lines continue a record in every format (traceback frames, wrapped messages).
                boolean indented = ends[i] > starts[i] && (head[starts[i]] == ' ' || head[starts[i]] == '\t');
                int kind = chosen.read(head, starts[i], ends[i], parsed);
                if (ends[i] > starts[i] && !indented && kind == RecordStarts.CONTINUATION) {
                    unread[unreadCount++] = i;
                }
            }
            LogFormat next = null;
            int nextScore = 0;
            for (LogFormat candidate : candidates) {
                if (parts.contains(candidate) || candidate == GenericFormat.INSTANCE) {
                    continue; // the generic fallback would mistake stray timestamped lines for another format
                }
                int score = mixedScore(candidate, head, starts, ends, unread, unreadCount, parsed);
                // Two lines with a known level, or one JSON log line with a level and a time, and 1 in 100 of
                // the lines; or any line of a format the chosen ones are known to carry.
                boolean companion = candidate.isCompanion()
                        || parts.stream().anyMatch(part -> part.mixesWith().contains(candidate.id()));
                boolean enough = companion ? score > 0 : score >= Math.max(MIN_MIXED_SCORE, lines / 25);
                if (enough && score > nextScore) {
                    next = candidate;
                    nextScore = score;
                }
            }
            if (next == null) {
                break;
            }
            parts.add(next);
        }
        return parts.size() == 1 ? best : new CompositeFormat(parts);
    }

    private static final int MAX_MIXED_FORMATS = 5;

    /**
     * The given lines' score (as {@link #score}) for a format that may be mixed in; a line whose level LogLens
     * does not know does not count, for that is most often another layout's text read as a level.
     */
    private static int mixedScore(LogFormat format, byte[] head, int[] starts, int[] ends, int[] lines, int count,
                                  ParsedLine parsed) {
        LineParser parser = format.newParser(new LevelTable());
        boolean structured = format instanceof JsonLinesFormat; // a JSON object with log keys is no accident
        int score = 0;
        for (int k = 0; k < count; k++) {
            int i = lines[k];
            parsed.reset();
            if (parser.parse(head, starts[i], ends[i], parsed) && (!parsed.hasLevel || parsed.levelWellKnown)) {
                score += (parsed.hasLevel ? 3 : 2) + (parsed.hasTime ? 1 : 0) + (structured ? 4 : 0);
            }
        }
        return score;
    }

    /**
     * Whether timestamped lines are a real share of the window (1 in 20 lines: logs with long stack traces
     * have few record starts), or at least two of them carry a level word: not a few dates in program output.
     */
    private static boolean genericIsConvincing(byte[] head, int[] starts, int[] ends, int from, int to,
                                               ParsedLine parsed) {
        LineParser generic = GenericFormat.INSTANCE.newParser(new LevelTable());
        int nonBlank = 0;
        int timed = 0;
        int levelled = 0;
        for (int i = from; i < to; i++) {
            if (ends[i] > starts[i]) {
                nonBlank++;
                parsed.reset();
                if (generic.parse(head, starts[i], ends[i], parsed)) {
                    timed++;
                    levelled += parsed.hasLevel ? 1 : 0;
                }
            }
        }
        return timed >= 2 && (timed * 20 >= nonBlank || levelled >= 2);
    }

    /**
     * Whether a format reads only a few of the lines, and takes for a level a word LogLens does not know in each:
     * a kernel's {@code CPU: Testing write buffer coherency: ok} is no {@code LEVEL:name:message} line.
     */
    private static boolean readsOnlyStrayWords(LogFormat format, byte[] head, int[] starts, int[] ends, int from,
                                               int to, ParsedLine parsed) {
        LineParser parser = format.newParser(new LevelTable());
        int nonBlank = 0;
        int read = 0;
        for (int i = from; i < to; i++) {
            if (ends[i] > starts[i]) {
                nonBlank++;
                parsed.reset();
                if (parser.parse(head, starts[i], ends[i], parsed)) {
                    if (!parsed.hasLevel || parsed.levelWellKnown) {
                        return false;
                    }
                    read++;
                }
            }
        }
        return read * 10 < nonBlank;
    }

    private static final int MIN_MIXED_SCORE = 6;

    /** {@code [A-Za-z_][A-Za-z0-9_.-]*}: what Python's {@code logging.getLogger(__name__)} names look like. */
    private static boolean isLoggerName(byte[] b, int from, int to) {
        if (from >= to || !(Character.isLetter(b[from]) || b[from] == '_')) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
    /** A file needs this many record lines before a primary format can be sure of it. */
    private static final int MIN_CERTAIN_LINES = 5;
    private static final Pattern PYTHON_CONTINUATION = Pattern.compile("Traceback \\(most recent call last\\):.*"
            + "|During handling of the above exception.*|The above exception was the direct cause.*"
            + "|[A-Za-z_][\\w.]*(?:Error|Exception|Warning|Exit|Interrupt|Iteration)\\b.*", Pattern.UNIX_LINES);

    /**
     * A primary format that reads every line of the first window that could start a record, each with a
     * level LogLens knows and a time (the highest score any format can get), leaving nothing for a second
     * format; null when no primary format is that sure. Blank and indented lines, and the unindented lines of
     * a Python traceback, are continuations in every format and do not count.
     */
    private LogFormat certainPrimary(byte[] head, int[] starts, int[] ends, int to, ParsedLine parsed) {
        LogFormat certain = null;
        parsed.wantFields = true;
        for (LogFormat format : primary) {
            if (format.isBroad()) {
                continue;
            }
            LineParser parser = format.newParser(new LevelTable());
            int logger = format.fieldNames().indexOf(FieldNames.LOGGER);
            int read = 0;
            boolean sure = true;
            for (int i = 0; i < to && sure; i++) {
                boolean blank = ends[i] <= starts[i];
                if (blank || head[starts[i]] == ' ' || head[starts[i]] == '\t') {
                    continue;
                }
                parsed.reset();
                if (parser.parse(head, starts[i], ends[i], parsed)) {
                    // A Python logger name is a dotted identifier; anything else is another layout's text.
                    boolean plausibleLogger = logger < 0 || parsed.fieldStart[logger] < 0
                            || isLoggerName(head, parsed.fieldStart[logger], parsed.fieldEnd[logger]);
                    sure = parsed.hasTime && parsed.hasLevel && parsed.levelWellKnown && plausibleLogger;
                    read++;
                } else {
                    sure = PYTHON_CONTINUATION.matcher(
                            new String(head, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1)).matches();
                }
            }
            if (sure && read >= MIN_CERTAIN_LINES && (certain == null || format.specificity() > certain.specificity())) {
                certain = format;
            }
        }
        parsed.wantFields = false;
        return certain;
    }
    /** Lines the best format does not read that are tried with the others, at most. */
    private static final int MAX_UNREAD = 400;

    /** Whether {@code parser} reads none of the {@link #PROBE} lines in the middle of lines {@code [from, to)}. */
    private static boolean readsNone(LineParser parser, byte[] head, int[] starts, int[] ends, int from, int to,
                                     ParsedLine parsed) {
        int middle = Math.max(from + PROBE, from + (to - from) / 2);
        return middle >= to || score(parser, head, starts, ends, middle, Math.min(to, middle + PROBE), parsed) == 0;
    }

    /**
     * For each line read as a record start: two points, three when it has a level LogLens knows (the format
     * explains more of the line) and one when its level is a name LogLens does not know (a layout that
     * mistakes a logger or a host for a level loses); one more if it has a time.
     */
    private static int score(LineParser parser, byte[] head, int[] starts, int[] ends, int from, int to,
                             ParsedLine parsed) {
        return score(parser, head, starts, ends, from, to, parsed, true);
    }

    /** As above; when {@code unknownLevelsScore} is false, a line whose level LogLens does not know scores nothing. */
    private static int score(LineParser parser, byte[] head, int[] starts, int[] ends, int from, int to,
                             ParsedLine parsed, boolean unknownLevelsScore) {
        int score = 0;
        for (int i = from; i < to; i++) {
            parsed.reset();
            if (parser.parse(head, starts[i], ends[i], parsed)
                    && (unknownLevelsScore || !parsed.hasLevel || parsed.levelWellKnown)) {
                int level = !parsed.hasLevel ? 2 : parsed.levelWellKnown ? 3 : 1;
                score += level + (parsed.hasTime ? 1 : 0);
            }
        }
        return score;
    }
}
