package dev.loglens.ui;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.export.RecordExporter;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.Level;
import dev.loglens.core.query.Direction;
import dev.loglens.core.query.ProgressListener;
import dev.loglens.core.query.RecordSearch;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.query.RegexTimeoutException;
import dev.loglens.core.query.TextMatcher;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * What the keyboard and the menus do in one view: move to a record (by line, time, level or bookmark),
 * toggle bookmarks, copy records. Searches over the index and reads of the file run on a background
 * thread; their answer comes back to the JavaFX thread.
 */
final class RecordActions {

    /** Copying more than this is refused with a message: a clipboard is not an export. */
    static final int MAX_COPY_BYTES = 64 << 20;

    private final RecordIndex index;
    private final LogFile file;
    private final RecordTable table;
    private final Bookmarks bookmarks;
    private final ExecutorService worker = Background.singleThread("loglens-navigation");
    private Consumer<String> messages = message -> { };
    private final RecordSearch search;
    private Cancellation searching = Cancellation.none();

    RecordActions(RecordIndex index, LogFile file, RecordTable table, Bookmarks bookmarks) {
        this.index = index;
        this.file = file;
        this.search = new RecordSearch(index, file);
        this.table = table;
        this.bookmarks = bookmarks;
    }

    /** Where short messages for the user go (the status bar). */
    void onMessage(Consumer<String> sink) {
        this.messages = sink;
    }

    /** The record of the focused row, or -1. */
    long currentRecord() {
        Long record = table.table().getSelectionModel().getSelectedItem();
        return record == null ? -1 : record;
    }

    /** Selects the row of {@code record} and scrolls it into view, a few rows below the top. */
    void select(long record) {
        long row = table.items().rowOf(record);
        if (row < 0) {
            messages.accept("That record is hidden by the filters");
            return;
        }
        table.selectRow(row);
    }

    void first() {
        if (table.items().total() > 0) {
            table.selectRow(0);
        }
    }

    void last() {
        if (table.items().total() > 0) {
            table.selectRow(table.items().total() - 1);
        }
    }

    /** Moves to the next (or previous) shown record of ERROR severity or worse. */
    void nextError(boolean forward) {
        RowMapping rows = table.items().mapping();
        long start = startRow(forward);
        Direction direction = forward ? Direction.FORWARD : Direction.BACKWARD;
        runThenSelect(() -> recordAt(rows, RecordSearch.nextWithLevelAtLeast(index, selectionOf(rows), start, direction,
                Level.ERROR.severity())), forward ? "No error after this record" : "No error before this record");
    }

    /** Moves to the next (or previous) shown record whose text matches; a new search stops the one before. */
    void find(TextMatcher matcher, boolean forward) {
        searching.cancel();
        Cancellation cancellation = FxForeground.newJob();
        searching = cancellation;
        RowMapping rows = table.items().mapping();
        long start = startRow(forward);
        Direction direction = forward ? Direction.FORWARD : Direction.BACKWARD;
        messages.accept("Searching…");
        runThenSelect(() -> {
            try {
                return recordAt(rows, search.find(matcher, selectionOf(rows), start, direction, cancellation,
                        ProgressListener.NONE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, forward ? "No match after this record" : "No match before this record");
    }

    /** The row a search starts at: the one after (or before) the selected row, or the first (last) row. */
    private long startRow(boolean forward) {
        long selected = table.selectedRow();
        if (selected < 0) {
            return forward ? 0 : table.items().total() - 1;
        }
        return forward ? selected + 1 : selected - 1;
    }

    private static RecordSelection selectionOf(RowMapping rows) {
        return rows instanceof SelectionMapping filtered ? filtered.selection() : null;
    }

    private static long recordAt(RowMapping rows, long row) {
        return row < 0 ? -1 : rows.record(row);
    }

    /** Moves to the record that holds line {@code line} (1-based, as editors count). */
    void goToLine(long line) {
        if (line < 1 || line > index.lineCount()) {
            messages.accept("The file has " + String.format("%,d", index.lineCount()) + " lines");
            return;
        }
        select(index.recordOfLine(line - 1));
    }

    /** Moves to the first record at or after a time, given as wall-clock millis as written in the file. */
    void goToTime(long wallMillis) {
        long count = index.recordCount();
        runThenSelect(() -> {
            for (long record = 0; record < count; record++) {
                long time = index.wallMillis(record);
                if (time != TimeFields.NO_TIME && time >= wallMillis) {
                    return record;
                }
            }
            return -1;
        }, "No record at or after that time");
    }

    /** The day of the first record that has a time, for times of day typed without a date. */
    LocalDate referenceDate() {
        long count = Math.min(index.recordCount(), 1000);
        for (long record = 0; record < count; record++) {
            long time = index.wallMillis(record);
            if (time != TimeFields.NO_TIME) {
                return LocalDate.ofEpochDay(Math.floorDiv(time, 86_400_000L));
            }
        }
        return index.referenceDate();
    }

    void toggleBookmark() {
        long record = currentRecord();
        if (record >= 0) {
            messages.accept(bookmarks.toggle(record) ? "Bookmarked" : "Bookmark removed");
            table.refresh();
        }
    }

    void nextBookmark(boolean forward) {
        long next = bookmarks.next(Math.max(currentRecord(), forward ? -1 : Long.MAX_VALUE), forward);
        if (next < 0) {
            messages.accept(bookmarks.size() == 0 ? "No bookmarks (Ctrl+B sets one)" : "No more bookmarks");
        } else {
            select(next);
        }
    }

    /**
     * Puts the selected records on the clipboard: their original text, or as JSON Lines or CSV (as the
     * export writes them), in file order.
     */
    void copySelected(RecordExporter.Form form) {
        long[] records = table.table().getSelectionModel().getSelectedItems().stream().mapToLong(Long::longValue).toArray();
        if (records.length == 0) {
            return;
        }
        Background.submit(worker, () -> {
            ByteArrayOutputStream copied = new ByteArrayOutputStream() {
                @Override
                public synchronized void write(byte[] b, int off, int len) {
                    if (count + len > MAX_COPY_BYTES) {
                        throw new IllegalStateException("too much to copy");
                    }
                    super.write(b, off, len);
                }
            };
            try {
                new RecordExporter(index, file, file.path().toString()).export(RecordSelection.of(records), form,
                        copied, Cancellation.none(), ProgressListener.NONE);
            } catch (IllegalStateException tooMuch) {
                Platform.runLater(() -> messages.accept("Too much to copy: select fewer records (64 MiB at most)"));
                return;
            } catch (IOException e) {
                Platform.runLater(() -> messages.accept("Cannot read the records: " + e.getMessage()));
                return;
            }
            String text = copied.toString(StandardCharsets.UTF_8);
            Platform.runLater(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
                messages.accept("Copied " + records.length + (records.length == 1 ? " record" : " records"));
            });
        });
    }

    private void runThenSelect(LongSupplier search, String notFound) {
        Background.submit(worker, () -> {
            long found;
            try {
                found = search.getAsLong();
            } catch (CancellationException overtaken) {
                return;
            } catch (UncheckedIOException e) {
                Platform.runLater(() -> messages.accept(e.getCause().getMessage()));
                return;
            } catch (RegexTimeoutException e) {
                Platform.runLater(() -> messages.accept(e.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                if (found < 0) {
                    messages.accept(notFound);
                } else {
                    messages.accept("");
                    select(found);
                }
            });
        });
    }

    void shutdown() {
        searching.cancel();
        worker.shutdownNow();
    }
}
