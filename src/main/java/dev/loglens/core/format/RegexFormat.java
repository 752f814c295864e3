package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeLayouts;
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
public final class RegexFormat implements LogFormat {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final String id;
    private final String name;
    private final String regex;
    /** Compiled on first use: detection tries dozens of formats, and most never get past {@link #firstBytes}. */
    private volatile Pattern pattern;
    /** The bytes a matching line can start with, or null when the pattern's start is too complex to tell. */
    private final boolean[] firstBytes;
    private final List<String> fieldNames;
    private final TimeLayouts timeLayouts;
    private final Map<String, String> levelMap;

    public RegexFormat(String id, String name, String regex, List<String> timeLayouts, Map<String, String> levelMap) {
        this.id = id;
        this.name = name;
        this.regex = regex;
        Pattern.compile(regex); // a broken pattern is an error when the catalog loads, not when a file opens
        this.firstBytes = FirstBytes.of(regex);
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.size() > ParsedLine.maxFields()) {
            throw new IllegalArgumentException("format " + id + " has more than " + ParsedLine.maxFields() + " fields");
        }
        this.fieldNames = List.copyOf(names);
        this.timeLayouts = TimeLayouts.of(timeLayouts);
        this.levelMap = Map.copyOf(levelMap);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> fieldNames() {
        return fieldNames;
    }

    @Override
    public int specificity() {
        return regex.length() / 4;
    }

    private Pattern pattern() {
        Pattern compiled = pattern;
        if (compiled == null) {
            compiled = Pattern.compile(regex);
            pattern = compiled;
        }
        return compiled;
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return new Parser(levels);
    }

    private final class Parser implements LineParser {
        private final LevelTable levels;
        private final Latin1View view = new Latin1View();
        private Matcher matcher;
        private final int timeGroup = fieldNames.indexOf(FieldNames.TIME);
        private final int levelGroup = fieldNames.indexOf(FieldNames.LEVEL);

        Parser(LevelTable levels) {
            this.levels = levels;
        }

        @Override
        public boolean parse(byte[] b, int start, int end, ParsedLine out) {
            if (start >= end || (firstBytes != null && !firstBytes[b[start] & 0xFF])) {
                return false;
            }
            if (matcher == null) {
                matcher = pattern().matcher("");
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
                for (int g = 0; g < fieldNames.size(); g++) {
                    int s = matcher.start(g + 1);
                    out.fieldStart[g] = s < 0 ? -1 : start + s;
                    out.fieldEnd[g] = s < 0 ? -1 : start + matcher.end(g + 1);
                }
            }
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
