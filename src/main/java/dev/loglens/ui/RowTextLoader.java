package dev.loglens.ui;

import dev.loglens.core.io.RecordReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads the text of rows off the JavaFX thread. Cells ask for a record's text; what is not cached yet
 * is read by a background thread, and the view is told (in batches) to redraw when it arrives.
 */
final class RowTextLoader {

    /** A screen row needs only the start of a huge record; the detail view reads the rest. */
    static final int ROW_BYTES = 4096;
    private static final int CACHE_ROWS = 4096;

    private final RecordReader reader;
    private final FxBatcher redraw;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "loglens-row-loader");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, String> cache = new LinkedHashMap<>(CACHE_ROWS * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHE_ROWS;
        }
    };
    /** Rows asked for and not read yet, oldest first; the newest are read first, the oldest dropped. */
    private final LinkedHashSet<Long> wanted = new LinkedHashSet<>();
    /** More pending rows than a screen or two holds are rows the user has scrolled past. */
    private static final int MAX_WANTED = 256;

    RowTextLoader(RecordReader reader, Runnable redrawOnFxThread) {
        this.reader = reader;
        this.redraw = new FxBatcher(redrawOnFxThread);
    }

    /** The row's text if it has been read, else null (it will be read, and the view redrawn). */
    String textOrRequest(long record) {
        synchronized (this) {
            String text = cache.get(record);
            if (text != null) {
                return text;
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
                String text = read(record);
                synchronized (this) {
                    if (!wanted.remove(record)) {
                        continue; // dropped while reading: scrolled past
                    }
                    cache.put(record, text);
                }
            }
            redraw.request();
        }
    }

    private String read(long record) {
        try {
            return reader.text(record, ROW_BYTES);
        } catch (IOException e) {
            return "⚠ cannot read this record: " + e.getMessage();
        }
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
