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
        long first = 0;
        while (first < records && index.wallMillis(first) == TimeFields.NO_TIME) {
            first++;
        }
        long last = records - 1;
        while (last >= first && index.wallMillis(last) == TimeFields.NO_TIME) {
            last--;
        }
        boolean timed = first < records;
        return new LogStats(path, index.format().id(), index.indexedBytes(), index.lineCount(), records,
                index.multilineRecordCount(), levelCounts(index), timed ? writtenTime(index, reader, first) : null,
                timed ? writtenTime(index, reader, last) : null);
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
        byte[] line = reader.firstLine(record, HEAD_BYTES);
        LineParser parser = index.format().newParser(index.levels());
        ParsedLine parsed = new ParsedLine();
        parsed.reset();
        parsed.time.setReferenceDate(index.referenceDate().getYear(), index.referenceDate().getMonthValue(),
                index.referenceDate().getDayOfMonth());
        parsed.time.startCarryingDateOf(index.wallMillis(record));
        if (parser.parse(line, 0, line.length, parsed) && parsed.hasTime) {
            return parsed.time.toIsoString();
        }
        return TimeFields.isoOfWallMillis(index.wallMillis(record));
    }
}
