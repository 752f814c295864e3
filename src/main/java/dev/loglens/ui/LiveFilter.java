package dev.loglens.ui;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.query.FilterRun;
import dev.loglens.core.query.RecordFilter;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.query.RegexTimeoutException;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs the view's filter in the background and shows its result as it grows: a new filter cancels the
 * run before it (a keystroke overtakes the last one), and a run follows the index while the file is still
 * being indexed. The table gets the rows in batches, at most twenty times a second.
 */
final class LiveFilter {

    /** What the status bar shows of a run: rows found, records looked at, and why it stopped early. */
    record Status(long shown, long looked, long total, boolean running, String problem) {
    }

    private final RecordIndex index;
    private final LogFile file;
    private final RecordList rows;
    /** Whether the file has been indexed to its end: from then on, every indexed line is complete. */
    private final BooleanSupplier indexFinished;
    /** Whether records may still be appended (the view follows the file). */
    private final BooleanSupplier following;
    private final Consumer<Status> onStatus;
    private Cancellation running = Cancellation.none();
    private volatile Status latest;
    private volatile RecordSelection latestSelection;
    private final FxBatcher updates = new FxBatcher(this::show);
    private RecordSelection shown;
    private RecordFilter current = RecordFilter.all();
    /** Where a finished run stopped (all records then looked at), or -1 while one runs. */
    private volatile long stoppedAt = -1;

    LiveFilter(RecordIndex index, LogFile file, RecordList rows, BooleanSupplier indexFinished,
               BooleanSupplier following,
               Consumer<Status> onStatus) {
        this.index = index;
        this.file = file;
        this.rows = rows;
        this.indexFinished = indexFinished;
        this.following = following;
        this.onStatus = onStatus;
    }

    RecordFilter current() {
        return current;
    }

    /** Shows the records {@code filter} passes, from the first; FX thread. */
    void apply(RecordFilter filter) {
        running.cancel();
        stoppedAt = -1;
        current = filter;
        shown = null;
        if (filter.passesEverything()) {
            latestSelection = null;
            rows.replace(RowMapping.ALL, index.recordCount());
            onStatus.accept(new Status(index.recordCount(), index.recordCount(), index.recordCount(), false, null));
            return;
        }
        RecordSelection selection = new RecordSelection();
        latestSelection = selection;
        start(filter, selection, 0);
    }

    private void start(RecordFilter filter, RecordSelection selection, long from) {
        Cancellation cancellation = FxForeground.newJob();
        running = cancellation;
        Thread worker = new Thread(() -> run(filter, selection, cancellation, from), "loglens-filter");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Takes up the filter where its run stopped, for records that arrive after the log seemed complete (the
     * view started following it); FX thread.
     */
    void resume() {
        RecordSelection selection = latestSelection;
        if (selection != null && stoppedAt >= 0) {
            long from = stoppedAt;
            stoppedAt = -1;
            start(current, selection, from);
        }
    }

    /** The records the filter passes (filling while it runs), or null when every record is shown. */
    RecordSelection selection() {
        return latestSelection;
    }

    /** Whether every record is shown (no filter): new records then simply appear. */
    boolean showsAll() {
        return latestSelection == null;
    }

    private void run(RecordFilter filter, RecordSelection selection, Cancellation cancellation, long startAt) {
        FilterRun run = new FilterRun(index, file, filter);
        long done = startAt;
        try {
            while (!cancellation.isCancelled()) {
                boolean indexed = indexFinished.getAsBoolean();
                boolean finished = indexed && !following.getAsBoolean();
                // While the first indexing goes on, the last record may still gain lines: it is looked at once
                // complete. A followed file's appended lines come whole, a record with its traceback in one write.
                long complete = indexed ? index.recordCount() : Math.max(0, index.recordCount() - 1);
                if (done < complete) {
                    long from = done;
                    run.run(selection, from, complete, cancellation, (looked, total) ->
                            publish(selection, cancellation, new Status(selection.size(), from + looked, complete, true, null)));
                    done = complete;
                    publish(selection, cancellation, new Status(selection.size(), done, complete, !finished, null));
                } else if (finished) {
                    stoppedAt = done;
                    return;
                } else {
                    Thread.sleep(50);
                }
            }
        } catch (CancellationException | InterruptedException stopped) {
            // a newer filter took over
        } catch (RegexTimeoutException | IOException e) {
            publish(selection, cancellation, new Status(selection.size(), done, index.recordCount(), false, e.getMessage()));
        }
    }

    private void publish(RecordSelection selection, Cancellation cancellation, Status status) {
        if (!cancellation.isCancelled()) {
            latest = status;
            updates.request();
        }
    }

    private void show() {
        RecordSelection selection = latestSelection;
        Status status = latest;
        if (selection == null || status == null) {
            return;
        }
        if (shown != selection) {
            shown = selection;
            rows.replace(new SelectionMapping(selection), selection.size());
        } else {
            rows.growTo(selection.size());
        }
        onStatus.accept(status);
    }

    void stop() {
        running.cancel();
    }
}
