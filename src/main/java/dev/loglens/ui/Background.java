package dev.loglens.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The background threads of the window: daemons, so an open file never keeps the JVM alive after the window closes. */
final class Background {

    private Background() {
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
