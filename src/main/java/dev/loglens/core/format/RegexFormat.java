package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeLayouts;
import dev.loglens.core.time.TimestampParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A format described by a regular expression with named groups (as lnav's formats are): {@code time},
 * {@code level}, {@code logger} and {@code message} are understood, any other group is a field of its own.
 * The {@code time} group is read with the format's time layouts; the {@code level} group through an optional
 * map of written values (logcat's {@code W} is WARNING).
 */
public final class RegexFormat extends NamedFormat {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Layout line;
    /** The layout of the line after a record's first that carries its level, if the format has one. */
    private final Layout levelLine;
    private final TimeLayouts timeLayouts;
    private final Map<String, String> levelMap;
    private final boolean oneLineRecords;
    /** The group of the first line whose value every line of a record repeats, or -1. */
    private final int keyGroup;

    public RegexFormat(String id, String name, FormatDefinition.RegexLayout layout) {
        super(id, name, fieldNames(layout.pattern(), layout.levelLine()));
        this.line = new Layout(layout.pattern(), fieldNames());
        this.levelLine = layout.levelLine() == null ? null : new Layout(layout.levelLine(), fieldNames());
        if (levelLine != null && levelLine.levelGroup < 0) {
            throw new IllegalArgumentException("format " + id + ": level_line needs a (?<level>…) group");
        }
        this.keyGroup = layout.recordKey() == null ? -1 : groupNames(layout.pattern()).indexOf(layout.recordKey());
        if (layout.recordKey() != null && keyGroup < 0) {
            throw new IllegalArgumentException("format " + id + ": record_key names no group of its regex");
        }
        this.oneLineRecords = layout.oneLine();
        this.timeLayouts = TimeLayouts.of(layout.time());
        Map<String, String> rawLevels = new HashMap<>();
        layout.levels().forEach((written, level) -> rawLevels.put(asLineBytes(written), level));
        this.levelMap = Map.copyOf(rawLevels);
    }

    /**
     * Text as the patterns see a line: each UTF-8 byte as one Latin-1 character. A non-ASCII literal in a
     * regex or a level name ({@code 정보}, java.util.logging's INFO in Korean) is written so, to match.
     */
    private static String asLineBytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The groups of the first line, then those of the level line that the first does not have. */
    private static List<String> fieldNames(String regex, String levelLineRegex) {
        List<String> names = new ArrayList<>(groupNames(regex));
        if (levelLineRegex != null) {
            groupNames(levelLineRegex).stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        return names;
    }

    private static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** One line's regular expression, and where each of its groups goes among the format's fields. */
    private static final class Layout {
        final Pattern pattern;
        /** The bytes a matching line can start with, or null when the pattern's start is too complex to tell. */
        final boolean[] firstBytes;
        /** Per group (from 0 for group 1): its field's index. */
        final int[] fields;
        final int timeGroup;
        final int levelGroup;

        Layout(String regex, List<String> fieldNames) {
            // Lines are matched as Latin-1 over their UTF-8 bytes, where a 0x85 byte (inside 'Å' or '配') is
            // U+0085, a line terminator to '.' and '$' unless only '\n' is one.
            pattern = Pattern.compile(asLineBytes(regex), Pattern.UNIX_LINES);
            firstBytes = FirstBytes.of(asLineBytes(regex));
            List<String> groups = groupNames(regex);
            fields = groups.stream().mapToInt(fieldNames::indexOf).toArray();
            timeGroup = groups.indexOf(FieldNames.TIME);
            levelGroup = groups.indexOf(FieldNames.LEVEL);
        }
    }

    @Override
    public boolean hasRecordKey() {
        return keyGroup >= 0;
    }

    @Override
    public LineParser newLevelLineParser(LevelTable levels) {
        return levelLine == null ? null : new Parser(levelLine, levels);
    }

    @Override
    public List<TimestampParser> timeLayouts() {
        return List.of(timeLayouts);
    }

    @Override
    public boolean oneLineRecords() {
        return oneLineRecords;
    }

    @Override
    public int specificity() {
        return line.pattern.pattern().length() / 4;
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return new Parser(line, levels);
    }

    private final class Parser implements LineParser {
        private final Layout layout;
        private final LevelTable levels;
        private final Latin1View view = new Latin1View();
        private final Matcher matcher;

        Parser(Layout layout, LevelTable levels) {
            this.layout = layout;
            this.levels = levels;
            this.matcher = layout.pattern.matcher("");
        }

        @Override
        public boolean parse(byte[] b, int start, int end, ParsedLine out) {
            if (start >= end || (layout.firstBytes != null && !layout.firstBytes[b[start] & 0xFF])) {
                return false;
            }
            if (!matcher.reset(view.reset(b, start, end)).lookingAt()) {
                return false;
            }
            out.hasTime = false;
            out.hasLevel = false;
            out.levelWellKnown = false;
            out.levelId = LevelTable.NONE_ID;
            int timeGroup = layout.timeGroup;
            if (timeGroup >= 0 && matcher.start(timeGroup + 1) >= 0) {
                int from = start + matcher.start(timeGroup + 1);
                int to = start + matcher.end(timeGroup + 1);
                if (!timeLayouts.parseExactly(b, from, to, out.time)) {
                    return false; // the shape of a time, but not a time: not this format
                }
                out.hasTime = true;
            }
            int levelGroup = layout.levelGroup;
            if (levelGroup >= 0 && matcher.start(levelGroup + 1) >= 0) {
                readLevel(b, start + matcher.start(levelGroup + 1), start + matcher.end(levelGroup + 1), out);
            }
            if (out.wantFields) {
                int[] fields = layout.fields;
                for (int g = 0; g < fields.length; g++) {
                    int s = matcher.start(g + 1);
                    out.fieldStart[fields[g]] = s < 0 ? -1 : start + s;
                    out.fieldEnd[fields[g]] = s < 0 ? -1 : start + matcher.end(g + 1);
                }
                if (layout == line) {
                    // The level line's own fields come after the first line's: absent until it is read.
                    Arrays.fill(out.fieldStart, fields.length, fieldNames().size(), -1);
                    Arrays.fill(out.fieldEnd, fields.length, fieldNames().size(), -1);
                }
            }
            if (layout == line && keyGroup >= 0) {
                out.recordKey = hash(b, start + matcher.start(keyGroup + 1), start + matcher.end(keyGroup + 1));
                out.hasRecordKey = true;
            }
            out.levelOnNextLine = levelLine != null;
            return true;
        }

        /** FNV-1a: two keys with the same hash and different bytes are as likely as two lines colliding in MD5. */
        private static long hash(byte[] b, int from, int to) {
            long h = 0xcbf29ce484222325L;
            for (int i = from; i < to; i++) {
                h = (h ^ (b[i] & 0xFF)) * 0x100000001b3L;
            }
            return h;
        }

        private void readLevel(byte[] b, int from, int to, ParsedLine out) {
            if (to <= from) {
                return;
            }
            String written = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            String mapped = levelMap.getOrDefault(written, levelMap.get(written.toUpperCase(Locale.ROOT)));
            if (mapped != null) {
                out.levelId = levels.idOf(mapped);
                out.levelWellKnown = true;
            } else {
                out.levelId = levels.idOf(b, from, to - from);
                out.levelWellKnown = LevelTable.isWellKnown(b, from, to - from);
            }
            out.hasLevel = true;
        }
    }
}
