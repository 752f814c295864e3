package dev.loglens.core.task;

/**
 * The thread a person is watching, which background work gives way to: between steps a job calls
 * {@link #giveWay()}, which returns at once while that thread keeps up and otherwise holds the job back until
 * it has caught up. On a machine with two cores, a job that never gives way makes the window stutter.
 */
@FunctionalInterface
public interface Foreground {

    /** Nobody to give way to: the command line. */
    Foreground NONE = () -> { };

    void giveWay();
}
