package dev.loglens.ui;

import dev.loglens.core.format.RecordFields;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.RecordReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Reads and parses the rows of a table off the JavaFX thread. Cells ask for a record's row; what is not
 * cached yet is read by a background thread, and the table is told (in batches) to redraw when it arrives.
 */
final class RowLoader {

    /** A screen row needs only the start of a huge record; the detail pane reads the rest. */
    static final int ROW_BYTES = 4096;
    private static final int CACHE_ROWS = 4096;
    /** More pending rows than a screen or two holds are rows the user has scrolled past. */
    private static final int MAX_WANTED = 256;

    private final RecordReader reader;
    private final RecordFields fields;
    private final FxBatcher redraw;
    private final ExecutorService worker = Background.singleThread("loglens-row-loader");
    private final Map<Long, RowData> cache = new LinkedHashMap<>(CACHE_ROWS * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RowData> eldest) {
            return size() > CACHE_ROWS;
        }
    };
    /** Rows asked for and not read yet, oldest first; the newest are read first, the oldest dropped. */
    private final LinkedHashSet<Long> wanted = new LinkedHashSet<>();

    RowLoader(RecordReader reader, RecordIndex index, Runnable redrawOnFxThread) {
        this.reader = reader;
        this.fields = new RecordFields(index.format(), index.levels());
        this.redraw = new FxBatcher(redrawOnFxThread);
    }

    /** The row if it has been read, else null (it will be read, and the table redrawn). */
    RowData rowOrRequest(long record) {
        synchronized (this) {
            RowData row = cache.get(record);
            if (row != null) {
                return row;
            }
            if (!wanted.add(record)) {
                return null;
            }
            if (wanted.size() > MAX_WANTED) {
                wanted.remove(wanted.iterator().next());
            }
            if (wanted.size() > 1) {
                return null; // a load is already on its way and will take this one too
            }
        }
        worker.execute(this::loadWanted);
        return null;
    }

    private void loadWanted() {
        while (true) {
            Long[] batch;
            synchronized (this) {
                if (wanted.isEmpty()) {
                    break;
                }
                Long[] oldestFirst = wanted.toArray(Long[]::new);
                batch = new Long[oldestFirst.length];
                for (int i = 0; i < oldestFirst.length; i++) {
                    batch[i] = oldestFirst[oldestFirst.length - 1 - i]; // what is on screen now first
                }
            }
            for (Long record : batch) {
                RowData row = read(record);
                synchronized (this) {
                    if (!wanted.remove(record)) {
                        continue; // dropped while reading: scrolled past
                    }
                    cache.put(record, row);
                }
            }
            redraw.request();
        }
    }

    private RowData read(long record) {
        try {
            byte[] head = reader.bytes(record, ROW_BYTES + 1);
            boolean cut = head.length > ROW_BYTES;
            int end = 0;
            int limit = Math.min(head.length, ROW_BYTES);
            while (end < limit && head[end] != '\n') {
                end++;
            }
            boolean wholeLine = end < limit || !cut;
            int lineEnd = end > 0 && head[end - 1] == '\r' ? end - 1 : end;
            String line = new String(head, 0, lineEnd, StandardCharsets.UTF_8);
            return new RowData(line, fields.read(head, 0, lineEnd), !wholeLine);
        } catch (IOException e) {
            return new RowData("⚠ cannot read this record: " + e.getMessage(), null, false);
        }
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
