package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeLayouts;
import dev.loglens.core.time.TimestampParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private final Pattern pattern;
    /** The bytes a matching line can start with, or null when the pattern's start is too complex to tell. */
    private final boolean[] firstBytes;
    private final TimeLayouts timeLayouts;
    private final Map<String, String> levelMap;
    /** The format of the line after a record's first that carries its level, if the format has one. */
    private RegexFormat levelLine;

    private final boolean oneLineRecords;

    public RegexFormat(String id, String name, String regex, List<String> timeLayouts, Map<String, String> levelMap,
                       boolean oneLineRecords) {
        super(id, name, groupNames(regex));
        this.oneLineRecords = oneLineRecords;
        this.pattern = Pattern.compile(regex);
        this.firstBytes = FirstBytes.of(regex);
        this.timeLayouts = TimeLayouts.of(timeLayouts);
        this.levelMap = Map.copyOf(levelMap);
    }

    private static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The same format, whose records take their level from the line after their first. */
    RegexFormat withLevelLine(String levelLineRegex) {
        RegexFormat line = new RegexFormat(id() + "-level-line", name(), levelLineRegex, List.of(), levelMap, false);
        if (!line.fieldNames().contains(FieldNames.LEVEL)) {
            throw new IllegalArgumentException("format " + id() + ": level_line needs a (?<level>…) group");
        }
        levelLine = line;
        return this;
    }

    @Override
    public LineParser newLevelLineParser(LevelTable levels) {
        return levelLine == null ? null : levelLine.newParser(levels);
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
        return pattern.pattern().length() / 4;
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return new Parser(levels);
    }

    private final class Parser implements LineParser {
        private final LevelTable levels;
        private final Latin1View view = new Latin1View();
        private final Matcher matcher = pattern.matcher("");
        private final int timeGroup = fieldNames().indexOf(FieldNames.TIME);
        private final int levelGroup = fieldNames().indexOf(FieldNames.LEVEL);

        Parser(LevelTable levels) {
            this.levels = levels;
        }

        @Override
        public boolean parse(byte[] b, int start, int end, ParsedLine out) {
            if (start >= end || (firstBytes != null && !firstBytes[b[start] & 0xFF])) {
                return false;
            }
            if (!matcher.reset(view.reset(b, start, end)).lookingAt()) {
                return false;
            }
            out.hasTime = false;
            out.hasLevel = false;
            out.levelWellKnown = false;
            out.levelId = LevelTable.NONE_ID;
            if (timeGroup >= 0 && matcher.start(timeGroup + 1) >= 0) {
                int from = start + matcher.start(timeGroup + 1);
                int to = start + matcher.end(timeGroup + 1);
                if (!timeLayouts.parseExactly(b, from, to, out.time)) {
                    return false; // the shape of a time, but not a time: not this format
                }
                out.hasTime = true;
            }
            if (levelGroup >= 0 && matcher.start(levelGroup + 1) >= 0) {
                readLevel(b, start + matcher.start(levelGroup + 1), start + matcher.end(levelGroup + 1), out);
            }
            if (out.wantFields) {
                for (int g = 0; g < fieldNames().size(); g++) {
                    int s = matcher.start(g + 1);
                    out.fieldStart[g] = s < 0 ? -1 : start + s;
                    out.fieldEnd[g] = s < 0 ? -1 : start + matcher.end(g + 1);
                }
            }
            out.levelOnNextLine = levelLine != null;
            return true;
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
