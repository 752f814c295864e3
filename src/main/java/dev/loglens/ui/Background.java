package dev.loglens.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/** The background threads of the window: daemons, so an open file never keeps the JVM alive after the window closes. */
final class Background {

    private Background() {
    }

    /**
     * Runs {@code task} on {@code executor} unless it has been shut down: the view it served was closed, and
     * a late event from the JavaFX queue still asks it for work.
     */
    static void submit(ExecutorService executor, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // nothing to do for a closed view
        }
    }

    /** One thread that runs tasks in order, named for thread dumps. */
    static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
