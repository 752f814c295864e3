package dev.loglens.core.query;

import dev.loglens.core.task.Cancellation;
import java.util.concurrent.CancellationException;

/**
 * The bookkeeping of a pass over records: every few hundred records it checks for cancellation and whether
 * 50 ms have passed since the last report, so that reports come at most 20 times a second. Counting first
 * keeps the clock, which costs more than a record of an index-only filter, out of the per-record path.
 */
final class Progress {

    private static final int RECORDS_BETWEEN_CHECKS = 256;
    private static final long REPORT_INTERVAL_NANOS = 50_000_000L;

    private final Cancellation cancellation;
    private final ProgressListener listener;
    private final long total;
    private int untilCheck = RECORDS_BETWEEN_CHECKS;
    private long lastReport = System.nanoTime();

    Progress(Cancellation cancellation, ProgressListener listener, long total) {
        this.cancellation = cancellation;
        this.listener = listener;
        this.total = total;
    }

    /**
     * Called once per record; throws a {@link CancellationException} once cancelled.
     * True when a report is due: the caller then publishes what it has and calls {@link #report}.
     */
    boolean step() {
        if (--untilCheck > 0) {
            return false;
        }
        untilCheck = RECORDS_BETWEEN_CHECKS;
        cancellation.throwIfCancelled();
        long now = System.nanoTime();
        if (now - lastReport < REPORT_INTERVAL_NANOS) {
            return false;
        }
        lastReport = now;
        return true;
    }

    void report(long done) {
        listener.progressed(done, total);
    }

    /** Reports the pass finished. */
    void finish() {
        listener.progressed(total, total);
    }
}
