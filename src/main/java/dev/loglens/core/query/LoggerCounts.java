package dev.loglens.core.query;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The loggers of a log and how many records each wrote, for the logger filter's list. */
public final class LoggerCounts {

    /** One logger and its record count. */
    public record Entry(String logger, long records) {
    }

    private LoggerCounts() {
    }

    /**
     * One pass over the index's records, on the calling thread: every logger name, sorted, with its record
     * count. Records whose first line names no logger are not counted; a format without a logger field gives
     * an empty list without reading anything.
     */
    public static List<Entry> count(RecordIndex index, LogFile file, Cancellation cancellation,
                                    ProgressListener listener) throws IOException {
        LoggerField logger = new LoggerField(index);
        if (!logger.exists()) {
            return List.of();
        }
        long records = index.recordCount();
        RecordBlocks blocks = new RecordBlocks(index, file, RecordBlocks.DEFAULT_BLOCK_SIZE);
        Progress progress = new Progress(cancellation, listener, records);
        // Keyed by the name's bytes, looked up through one reused probe: no string is made per record.
        Map<Name, long[]> counts = new HashMap<>();
        Name probe = new Name();
        for (long record = 0; record < records; record++) {
            if (progress.step()) {
                progress.report(record);
            }
            blocks.load(record, Direction.FORWARD);
            if (!logger.find(blocks.bytes(), blocks.from(), blocks.to())) {
                continue;
            }
            long[] count = counts.get(probe.set(blocks.bytes(), logger.start(), logger.end()));
            if (count == null) {
                count = new long[1];
                counts.put(probe.copy(), count);
            }
            count[0]++;
        }
        progress.finish();
        // Invalid UTF-8 can decode two different names to the same text: they are one name to the user.
        Map<String, Long> byName = new TreeMap<>();
        counts.forEach((name, count) -> byName.merge(name.toString(), count[0], Long::sum));
        List<Entry> entries = new ArrayList<>(byName.size());
        byName.forEach((name, count) -> entries.add(new Entry(name, count)));
        return entries;
    }

    /** A logger name's bytes: a slice of a block while probing, its own copy once stored as a key. */
    private static final class Name {
        private byte[] bytes;
        private int from;
        private int to;
        private int hash;

        Name set(byte[] b, int start, int end) {
            bytes = b;
            from = start;
            to = end;
            int h = 1;
            for (int i = start; i < end; i++) {
                h = 31 * h + b[i];
            }
            hash = h;
            return this;
        }

        Name copy() {
            return new Name().set(Arrays.copyOfRange(bytes, from, to), 0, to - from);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Name name && Arrays.equals(bytes, from, to, name.bytes, name.from, name.to);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }
}
