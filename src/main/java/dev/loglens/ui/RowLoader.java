package dev.loglens.ui;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.format.FieldNames;
import dev.loglens.core.format.RecordFields;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.RecordReader;
import dev.loglens.core.query.RegexTimeoutException;
import dev.loglens.core.query.TextMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final int messageField;
    /** The find bar's term, matched here (never on the JavaFX thread) to mark the rows; null for none. */
    private volatile TextMatcher highlight;
    private volatile HighlightRules rules = HighlightRules.NONE;
    private final FxBatcher redraw;
    private final ExecutorService worker = Background.singleThread("loglens-row-loader");
    private final Map<Long, RowData> cache = new LinkedHashMap<>(CACHE_ROWS * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RowData> eldest) {
            return size() > CACHE_ROWS;
        }
    };
    /** The rows read before the highlight changed, shown until they are read again. */
    private Map<Long, RowData> stale = Map.of();
    /** Rows asked for and not read yet, oldest first; the newest are read first, the oldest dropped. */
    private final LinkedHashSet<Long> wanted = new LinkedHashSet<>();

    RowLoader(RecordReader reader, RecordIndex index, Runnable redrawOnFxThread) {
        this.reader = reader;
        this.fields = new RecordFields(index.format(), index.levels());
        this.messageField = index.format().fieldNames().indexOf(FieldNames.MESSAGE);
        this.redraw = new FxBatcher(redrawOnFxThread);
    }

    /**
     * The row if it has been read, else null (it will be read, and the table redrawn). While rows are read
     * again for a new highlight, their previous reading stands in, so the screen does not flicker.
     */
    RowData rowOrRequest(long record) {
        RowData standIn;
        synchronized (this) {
            RowData row = cache.get(record);
            if (row != null) {
                return row;
            }
            standIn = stale.get(record);
            if (!wanted.add(record)) {
                return standIn;
            }
            if (wanted.size() > MAX_WANTED) {
                wanted.remove(wanted.iterator().next());
            }
            if (wanted.size() > 1) {
                return standIn; // a load is already on its way and will take this one too
            }
        }
        Background.submit(worker, this::loadWanted);
        return standIn;
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
            int lineEnd = Bytes.withoutCr(head, 0, end);
            String line = new String(head, 0, lineEnd, StandardCharsets.UTF_8);
            String[] values = fields.read(head, 0, Math.min(head.length, ROW_BYTES));
            String message = values == null || messageField < 0 || values[messageField] == null ? "" : values[messageField];
            return new RowData(line, values, values == null ? 1 : fields.headLines(), !wholeLine, marks(line),
                    marks(message), rules.colorOf(line));
        } catch (IOException e) {
            return new RowData("⚠ cannot read this record: " + e.getMessage(), null, 1, false, List.of(), List.of(),
                    null);
        }
    }

    private List<TextMatcher.Span> marks(String text) {
        TextMatcher matcher = highlight;
        if (matcher == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return matcher.findAll(text);
        } catch (RegexTimeoutException e) {
            return List.of();
        }
    }

    /** Marks where {@code matcher} matches (null: nowhere); the rows on screen are read again. */
    void highlight(TextMatcher matcher) {
        highlight = matcher;
        readAgain();
    }

    /** Colours rows by the user's rules; the rows on screen are read again. */
    void colorBy(HighlightRules newRules) {
        rules = newRules;
        readAgain();
    }

    private void readAgain() {
        synchronized (this) {
            stale = new HashMap<>(cache);
            cache.clear();
        }
        redraw.request();
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
