package dev.loglens.core.task;

import java.util.concurrent.CancellationException;

/** A flag a background job checks between steps; setting it stops the job soon after. */
public final class Cancellation {

    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
