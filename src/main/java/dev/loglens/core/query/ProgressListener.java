package dev.loglens.core.query;

/** Hears how a pass over records advances; called on the worker's thread, at most about every 50 ms. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} records looked at; a finished pass reports {@code total} of it. */
    void progressed(long done, long total);
}
