package dev.loglens.core.tail;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes a follower when something happens in the folders of its files (a write, a rename, a new file),
 * and otherwise after a timeout: file-system events where they work, polling where they do not (network
 * file systems send none).
 */
public final class FolderEvents implements Closeable {

    private final WatchService watch;

    private FolderEvents(WatchService watch) {
        this.watch = watch;
    }

    /** Events from the folders of {@code files}; polling alone when the file system has no events. */
    public static FolderEvents watching(Path... files) {
        WatchService watch;
        try {
            watch = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException none) {
            return new FolderEvents(null);
        }
        for (Path file : files) {
            Path folder = file.toAbsolutePath().getParent();
            try {
                folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException | UnsupportedOperationException noEvents) {
                // that folder is polled
            }
        }
        return new FolderEvents(watch);
    }

    /** Waits for an event or for {@code millis}, whichever comes first. */
    public void await(long millis) throws InterruptedException {
        if (watch == null) {
            Thread.sleep(millis);
            return;
        }
        try {
            WatchKey key = watch.poll(millis, TimeUnit.MILLISECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        } catch (ClosedWatchServiceException closed) {
            Thread.sleep(millis);
        }
    }

    @Override
    public void close() throws IOException {
        if (watch != null) {
            watch.close();
        }
    }
}
