package dev.loglens.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Coalesces requests from background threads into at most one run on the JavaFX thread per interval
 * (50 ms: 20 updates a second), so a fast producer never floods the FX event queue. Workers never wait
 * for the FX thread.
 */
final class FxBatcher {

    static final long INTERVAL_NANOS = 50_000_000L;

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
                Thread delay = new Thread(() -> {
                    try {
                        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.runLater(this::run);
                }, "loglens-fx-batcher");
                delay.setDaemon(true);
                delay.start();
            }
        }
    }

    private void run() {
        scheduled.set(false);
        lastRun = System.nanoTime();
        onFxThread.run();
    }
}
