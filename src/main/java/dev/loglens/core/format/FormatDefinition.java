package dev.loglens.core.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A format as it is written in a resource file: an id, a name, how its lines are laid out (a Python
 * {@code logging} format string or JSON keys) and sample lines with what they must give.
 */
public record FormatDefinition(String id, String name, PythonLayout python, JsonLayout json,
                               RegexLayout regex, List<String> mixesWith, boolean broad, boolean companion,
                               List<Sample> samples) {

    private static final Set<String> KEYS = Set.of("id", "name", "python", "json", "regex", "time", "levels", "level_line",
            "record_key", "one_line", "mixes_with", "broad", "companion", "samples");

    /**
     * A layout given as a regular expression with named groups, its time layouts and its level names; maybe the
     * layout of a record's second line that gives its level ({@code level_line}), or the group whose value a
     * record's every line repeats ({@code record_key}: npm's sequence number), null when there is none.
     */
    public record RegexLayout(String pattern, List<String> time, Map<String, String> levels, String levelLine,
                              String recordKey, boolean oneLine) {
    }

    /** JSON Lines: the keys that may hold each field, and the level names (MongoDB's {@code "s": "W"}). */
    public record JsonLayout(Map<String, List<String>> keys, Map<String, String> levels) {
    }

    /** A layout given as Python's {@code logging.Formatter(fmt, datefmt)} would take it. */
    public record PythonLayout(String format, String datefmt) {
    }

    /** A line of the format and what reading it must give; {@code time} is ISO 8601 as written. */
    public record Sample(String line, String level, String time, Map<String, String> fields) {
    }

    /** Reads one definition from its JSON object; a missing, unknown or mistyped key is an error naming it. */
    static FormatDefinition fromJson(Object document) {
        Map<String, Object> map = object(document, "format");
        String id = string(map, "id", true);
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("format " + id + ": unknown key '" + key + "'");
            }
        }
        PythonLayout python = null;
        if (map.get("python") != null) {
            Map<String, Object> layout = object(map.get("python"), id + ".python");
            python = new PythonLayout(string(layout, "format", true), string(layout, "datefmt", false));
        }
        Map<String, String> levels = new LinkedHashMap<>();
        if (map.get("levels") != null) {
            object(map.get("levels"), id + ".levels").forEach((k, v) -> levels.put(k, String.valueOf(v)));
        }
        JsonLayout json = null;
        if (map.get("json") != null) {
            Map<String, List<String>> keys = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : object(map.get("json"), id + ".json").entrySet()) {
                keys.put(field.getKey(), strings(field.getValue(), id + ".json." + field.getKey()));
            }
            json = new JsonLayout(keys, levels);
        }
        RegexLayout regex = null;
        if (map.get("regex") != null) {
            List<String> time = map.get("time") == null ? List.of() : strings(map.get("time"), id + ".time");
            regex = new RegexLayout(string(map, "regex", true), time, levels, string(map, "level_line", false),
                    string(map, "record_key", false), Boolean.TRUE.equals(map.get("one_line")));
        }
        List<Sample> samples = new ArrayList<>();
        for (Object sample : list(map.get("samples"), id + ".samples")) {
            Map<String, Object> s = object(sample, id + ".samples[]");
            Map<String, String> fields = new LinkedHashMap<>();
            if (s.get("fields") != null) {
                object(s.get("fields"), id + ".samples[].fields").forEach((k, v) -> fields.put(k, String.valueOf(v)));
            }
            samples.add(new Sample(string(s, "line", true), string(s, "level", false), string(s, "time", false),
                    fields));
        }
        List<String> mixesWith = map.get("mixes_with") == null ? List.of()
                : strings(map.get("mixes_with"), id + ".mixes_with");
        return new FormatDefinition(id, string(map, "name", true), python, json, regex, mixesWith,
                Boolean.TRUE.equals(map.get("broad")), Boolean.TRUE.equals(map.get("companion")), samples);
    }

    public LogFormat toFormat() {
        int kinds = (python != null ? 1 : 0) + (json != null ? 1 : 0) + (regex != null ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("format " + id + " needs exactly one of 'python', 'json' and 'regex'");
        }
        NamedFormat format;
        if (python != null) {
            format = PythonFormatCompiler.compile(id, name, python.format(), python.datefmt());
        } else if (json != null) {
            format = new JsonLinesFormat(id, name, json);
        } else {
            format = new RegexFormat(id, name, regex);
        }
        return format.mixingWith(mixesWith).broad(broad).companion(companion);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(where + ": expected a JSON object");
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(where + ": expected a JSON array");
    }

    private static List<String> strings(Object value, String where) {
        List<String> out = new ArrayList<>();
        for (Object item : list(value, where)) {
            out.add(String.valueOf(item));
        }
        return out;
    }

    private static String string(Map<String, Object> map, String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("missing '" + key + "' in " + map.getOrDefault("id", "format"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("'" + key + "' must be a string in " + map.getOrDefault("id", "format"));
        }
        return text;
    }
}
