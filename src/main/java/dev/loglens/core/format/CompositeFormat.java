package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimestampParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two or more formats mixed in one file, such as TensorFlow's C++ glog lines among its Python
 * {@code INFO:tensorflow:} lines: a line starts a record when any of them reads it, the first one first.
 */
public final class CompositeFormat implements LogFormat {

    private final List<LogFormat> parts;
    private final List<String> fieldNames;
    /** For each part, where each of its fields goes among this format's fields. */
    private final int[][] fieldMaps;

    public CompositeFormat(List<LogFormat> parts) {
        this.parts = List.copyOf(parts);
        List<String> names = new ArrayList<>();
        fieldMaps = new int[parts.size()][];
        for (int p = 0; p < parts.size(); p++) {
            List<String> partNames = parts.get(p).fieldNames();
            fieldMaps[p] = new int[partNames.size()];
            for (int f = 0; f < partNames.size(); f++) {
                int at = names.indexOf(partNames.get(f));
                if (at < 0) {
                    at = names.size();
                    names.add(partNames.get(f));
                }
                fieldMaps[p][f] = at;
            }
        }
        this.fieldNames = List.copyOf(names.subList(0, Math.min(names.size(), ParsedLine.maxFields())));
    }

    @Override
    public String id() {
        return parts.stream().map(LogFormat::id).collect(Collectors.joining("+"));
    }

    @Override
    public String name() {
        return parts.stream().map(LogFormat::name).collect(Collectors.joining(" mixed with "));
    }

    @Override
    public List<String> fieldNames() {
        return fieldNames;
    }

    /** Every line is a record only when every part says so: otherwise unread lines continue records. */
    @Override
    public List<TimestampParser> timeLayouts() {
        return parts.stream().flatMap(part -> part.timeLayouts().stream()).toList();
    }

    @Override
    public boolean hasRecordKey() {
        return parts.stream().anyMatch(LogFormat::hasRecordKey);
    }

    @Override
    public boolean oneLineRecords() {
        return parts.stream().allMatch(LogFormat::oneLineRecords);
    }

    @Override
    public int specificity() {
        return parts.stream().mapToInt(LogFormat::specificity).max().orElse(0);
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return remapped(parts.stream().map(p -> p.newParser(levels)).toArray(LineParser[]::new));
    }

    /** A parser that asks each part's parser in turn (null ones skipped), fields moved to this format's places. */
    private LineParser remapped(LineParser[] parsers) {
        int[] spanStart = new int[ParsedLine.maxFields()];
        int[] spanEnd = new int[ParsedLine.maxFields()];
        return (b, start, end, out) -> {
            for (int p = 0; p < parsers.length; p++) {
                if (parsers[p] != null && parsers[p].parse(b, start, end, out)) {
                    if (out.wantFields) {
                        remap(p, out, spanStart, spanEnd);
                    }
                    return true;
                }
            }
            return false;
        };
    }

    /** Asked only after a record whose part has a level line: the parts that have one, in order. */
    @Override
    public LineParser newLevelLineParser(LevelTable levels) {
        LineParser[] parsers = parts.stream().map(p -> p.newLevelLineParser(levels)).toArray(LineParser[]::new);
        if (Arrays.stream(parsers).allMatch(Objects::isNull)) {
            return null;
        }
        return remapped(parsers);
    }

    private void remap(int part, ParsedLine out, int[] spanStart, int[] spanEnd) {
        int[] map = fieldMaps[part];
        System.arraycopy(out.fieldStart, 0, spanStart, 0, map.length);
        System.arraycopy(out.fieldEnd, 0, spanEnd, 0, map.length);
        Arrays.fill(out.fieldStart, -1);
        Arrays.fill(out.fieldEnd, -1);
        for (int f = 0; f < map.length; f++) {
            if (map[f] < ParsedLine.maxFields()) {
                out.fieldStart[map[f]] = spanStart[f];
                out.fieldEnd[map[f]] = spanEnd[f];
            }
        }
    }
}
