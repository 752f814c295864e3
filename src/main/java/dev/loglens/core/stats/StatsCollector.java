package dev.loglens.core.stats;

import dev.loglens.core.format.LineParser;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.RecordReader;
import dev.loglens.core.time.TimeFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Summarises an index: counts come from its columns, and the first and last times from re-reading two records. */
public final class StatsCollector {

    private static final int HEAD_BYTES = 64 * 1024;

    private StatsCollector() {
    }

    public static LogStats collect(String path, RecordIndex index, RecordReader reader) throws IOException {
        long records = index.recordCount();
        long multiline = 0;
        long first = -1;
        long last = -1;
        for (long r = 0; r < records; r++) {
            if (index.lineCountOf(r) > 1) {
                multiline++;
            }
            if (index.wallMillis(r) != TimeFields.NO_TIME) {
                if (first < 0) {
                    first = r;
                }
                last = r;
            }
        }
        return new LogStats(path, index.format().id(), index.indexedBytes(), index.lineCount(), records, multiline,
                levelCounts(index), writtenTime(index, reader, first), writtenTime(index, reader, last));
    }

    /** Level name to count, most severe first, levels that occur only. */
    static Map<String, Long> levelCounts(RecordIndex index) {
        List<Integer> present = new ArrayList<>();
        for (int id = 0; id < index.levels().size(); id++) {
            if (index.countOfLevel(id) > 0) {
                present.add(id);
            }
        }
        Comparator<Integer> bySeverity = Comparator.comparingInt(id -> index.levels().level(id).severity());
        present.sort(bySeverity.reversed().thenComparing(id -> index.levels().level(id).name()));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int id : present) {
            counts.put(index.levels().level(id).name(), index.countOfLevel(id));
        }
        return counts;
    }

    private static String writtenTime(RecordIndex index, RecordReader reader, long record) throws IOException {
        if (record < 0) {
            return null;
        }
        byte[] line = reader.firstLine(record, HEAD_BYTES);
        LineParser parser = index.format().newParser(index.levels());
        ParsedLine parsed = new ParsedLine();
        parsed.reset();
        if (parser.parse(line, 0, line.length, parsed) && parsed.hasTime) {
            return parsed.time.toIsoString();
        }
        return TimeFields.isoOfWallMillis(index.wallMillis(record));
    }
}
