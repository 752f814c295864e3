package dev.loglens.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Coalesces requests from background threads into at most one run on the JavaFX thread per interval
 * (50 ms: 20 updates a second), so a fast producer never floods the FX event queue. Workers never wait
 * for the FX thread.
 */
final class FxBatcher {

    static final long INTERVAL_NANOS = 50_000_000L;

    private static final ScheduledExecutorService DELAYS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "loglens-fx-batcher");
        thread.setDaemon(true);
        return thread;
    });

    private final Runnable onFxThread;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRun;

    FxBatcher(Runnable onFxThread) {
        this.onFxThread = onFxThread;
    }

    /** Asks for a run; many requests within an interval lead to one run. */
    void request() {
        if (scheduled.compareAndSet(false, true)) {
            long wait = lastRun + INTERVAL_NANOS - System.nanoTime();
            if (wait <= 0) {
                Platform.runLater(this::run);
            } else {
                DELAYS.schedule(() -> Platform.runLater(this::run), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void run() {
        scheduled.set(false);
        lastRun = System.nanoTime();
        onFxThread.run();
    }
}
