package dev.loglens.ui;

import dev.loglens.core.task.Cancellation;
import dev.loglens.core.task.Foreground;
import javafx.application.Platform;

/**
 * The JavaFX thread as the foreground of the window's background jobs. A job that gives way leaves a token in
 * the thread's event queue and goes on; at its next step, if the thread has not reached the token yet (it is
 * busy laying out or drawing), the job waits until it has. So no job runs more than one step ahead of the
 * screen, and the cores go to the screen first while a big file is indexed, filtered or counted.
 */
final class FxForeground implements Foreground {

    private static final FxForeground SHARED = new FxForeground();
    /** How often a job leaves a token while the thread keeps up; each one wakes the thread. */
    private static final long TOKEN_INTERVAL_NANOS = 5_000_000L;
    /** The longest a job waits for one token, so that a thread stuck elsewhere cannot stop the work. */
    static final long LONGEST_WAIT_NANOS = 250_000_000L;

    private final Object lock = new Object();
    private boolean tokenQueued;
    private long queuedAt = System.nanoTime() - TOKEN_INTERVAL_NANOS;

    FxForeground() {
    }

    /** A cancellation for a job of the window: its steps give way to the JavaFX thread. */
    static Cancellation newJob() {
        return new Cancellation(SHARED);
    }

    @Override
    public void giveWay() {
        if (Platform.isFxApplicationThread()) {
            return;
        }
        synchronized (lock) {
            if (!tokenQueued) {
                if (System.nanoTime() - queuedAt >= TOKEN_INTERVAL_NANOS) {
                    queueToken();
                }
                return;
            }
            try {
                long left;
                while (tokenQueued && (left = queuedAt + LONGEST_WAIT_NANOS - System.nanoTime()) > 0) {
                    lock.wait(left / 1_000_000, (int) (left % 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void queueToken() {
        try {
            Platform.runLater(this::tokenReached);
            tokenQueued = true;
            queuedAt = System.nanoTime();
        } catch (IllegalStateException toolkitStopped) {
            // no screen left to give way to
        }
    }

    private void tokenReached() {
        synchronized (lock) {
            tokenQueued = false;
            lock.notifyAll();
        }
    }
}
