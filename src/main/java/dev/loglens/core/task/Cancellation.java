package dev.loglens.core.task;

import java.util.concurrent.CancellationException;

/**
 * A flag a background job checks between steps; setting it stops the job soon after. The check is also where
 * the job gives way to the {@link Foreground} it works for.
 */
public final class Cancellation {

    private final Foreground foreground;
    private volatile boolean cancelled;

    public Cancellation() {
        this(Foreground.NONE);
    }

    public Cancellation(Foreground foreground) {
        this.foreground = foreground;
    }

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Gives way to the foreground, then throws a {@link CancellationException} if the job has been cancelled. */
    public void throwIfCancelled() {
        if (!cancelled) {
            foreground.giveWay();
        }
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
