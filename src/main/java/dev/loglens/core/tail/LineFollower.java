package dev.loglens.core.tail;

import dev.loglens.core.format.Bytes;
import dev.loglens.core.io.RotatedSet;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Follows a log file by its name, as {@code tail -F} does and stricter: every complete line is delivered
 * once, in order, through appends, rotation by rename (the old file is read to its end through the handle
 * already open, and a generation rotated away between two checks is read from its new name), truncation
 * (logrotate's copytruncate: the file is read again from its start, past the NULs a writer without
 * {@code O_APPEND} leaves) and deletion (the follower waits for the file to come back). A partial last line
 * is held until its newline arrives.
 *
 * <p>Not thread-safe: one thread calls {@link #poll()} (after a file-system event, or every so often).
 */
public final class LineFollower implements Closeable {

    /** Receives lines and changes of state, on the polling thread. */
    public interface Listener {
        /** A complete line, without its terminator, from {@code file} (line {@code lineNumber}, from 1). */
        void line(byte[] b, int from, int to, Path file, long lineNumber);

        /** The follower's state changed. */
        default void state(FollowState state) {
        }
    }

    private static final int READ_SIZE = 256 * 1024;
    /** Bytes before the read position kept to notice a file rewritten (truncated and grown again) between checks. */
    private static final int FINGERPRINT = 64;

    private final Path path;
    private final Listener listener;
    private final boolean fromStart;
    private final byte[] buffer = new byte[READ_SIZE];
    private byte[] pending = new byte[4096];
    private int pendingLength;
    private final byte[] fingerprint = new byte[FINGERPRINT];
    private int fingerprintLength;
    private FileChannel channel;
    private Object key;
    private Path shownAs;
    private long position;
    private long lineNumber;
    private boolean polled;
    private FollowState state;
    /** Generations read to their end, so a rotated file seen again under another name is not read twice. */
    private final Set<Object> finished = new HashSet<>();

    /**
     * @param fromStart deliver the lines already in the file; otherwise only those written after the first
     *                  {@link #poll()} (a file that appears later is always read from its start)
     */
    public LineFollower(Path path, boolean fromStart, Listener listener) {
        this.path = path;
        this.fromStart = fromStart;
        this.listener = listener;
    }

    public Path path() {
        return path;
    }

    /**
     * Reads whatever is new and deals with rotation, truncation and deletion since the last call. The
     * rotated set (oldest first, the live file last) is the model: every generation in it that has not been
     * read to its end, after the one being read, is read in order; files that existed when following began
     * are history and are not read.
     */
    public void poll() throws IOException {
        if (!polled) {
            polled = true;
            for (RotatedGenerations.Generation old : RotatedGenerations.of(path)) {
                finished.add(old.key());
            }
            openLive(!fromStart);
            if (channel == null) {
                setState(FollowState.WAITING);
            }
            return;
        }
        Object liveKey = FileIdentity.of(path);
        if (channel != null && Objects.equals(liveKey, key)) {
            if (wasRewritten()) {
                restartFromTop();
            }
            readToEnd();
            return;
        }
        if (channel != null) {
            readToEnd(); // the name points elsewhere now: what was written to our file comes first
        }
        if (channel != null && unreadGenerations().isEmpty() && (liveKey == null || isEmpty(path)) && isInSet()) {
            // Our file was renamed into the set and nothing newer has been written yet: logrotate's "create"
            // (the program goes on writing to the renamed file until it is told to reopen), or the instant
            // between a rename and the new file. Keep reading it until the new one is used.
            setState(FollowState.ROTATED);
            return;
        }
        if (channel != null) {
            readToEnd(); // a last write to our file between the look above and here
            endOfGeneration();
            closeChannel();
        }
        readUnreadGenerations();
        if (liveKey == null) {
            setState(key == null ? FollowState.WAITING : FollowState.DELETED);
            return;
        }
        boolean rotated = key != null && state != FollowState.DELETED;
        for (int attempt = 0; attempt < 10; attempt++) {
            openLive(false);
            if (channel == null) {
                return;
            }
            if (unreadGenerations().isEmpty()) {
                break;
            }
            // Rotated again between looking and opening: the generations before the new live file come first.
            closeChannel();
            key = null;
            readUnreadGenerations();
        }
        if (rotated) {
            setState(FollowState.ROTATED);
        }
        readToEnd();
    }

    private static boolean isEmpty(Path file) throws IOException {
        try {
            return Files.size(file) == 0;
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /** Whether the file being read is still in the rotated set (renamed into it), not deleted. */
    private boolean isInSet() throws IOException {
        return RotatedGenerations.of(path).stream().anyMatch(g -> g.key().equals(key));
    }

    /** Rotated generations (not the live file) not read yet, oldest first: written and rotated away unseen. */
    private List<RotatedGenerations.Generation> unreadGenerations() throws IOException {
        List<RotatedGenerations.Generation> unread = new ArrayList<>();
        for (RotatedGenerations.Generation g : RotatedGenerations.of(path)) {
            if (!g.key().equals(key) && !finished.contains(g.key())) {
                unread.add(g);
            }
        }
        return unread;
    }

    private void openLive(boolean atEnd) throws IOException {
        FileChannel opening;
        try {
            opening = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException missing) {
            return;
        }
        channel = opening;
        key = FileIdentity.of(path);
        shownAs = path;
        position = atEnd ? channel.size() : 0;
        lineNumber = atEnd ? -1 : 0; // unknown when starting at the end
        pendingLength = 0;
        fingerprintLength = 0;
        if (atEnd && position > 0) {
            keepFingerprint(position);
        }
        setState(FollowState.FOLLOWING);
    }

    /** Reads from the position to the current end, delivering complete lines and holding a partial one. */
    private void readToEnd() throws IOException {
        while (true) {
            int read = channel.read(ByteBuffer.wrap(buffer), position);
            if (read <= 0) {
                return;
            }
            position += read;
            deliver(buffer, read);
            keepFingerprint(buffer, read);
        }
    }

    private void deliver(byte[] b, int length) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (b[i] != '\n') {
                continue;
            }
            if (pendingLength > 0) {
                append(b, start, i);
                emit(pending, 0, pendingLength);
                pendingLength = 0;
            } else {
                emit(b, start, i);
            }
            start = i + 1;
        }
        append(b, start, length);
    }

    private void emit(byte[] b, int from, int to) {
        int start = Bytes.afterNuls(b, from, to); // the hole a copytruncate leaves before the writer's next line
        int end = Bytes.withoutCr(b, start, to);
        if (lineNumber >= 0) {
            lineNumber++;
        }
        if (start == to && to > from) {
            return; // nothing but NULs
        }
        listener.line(b, start, end, shownAs, lineNumber);
    }

    private void append(byte[] b, int from, int to) {
        if (pendingLength == 0) {
            while (from < to && b[from] == 0) {
                from++; // a copytruncate hole can be gigabytes of NULs: never hold them
            }
        }
        int n = to - from;
        if (n <= 0) {
            return;
        }
        if (pendingLength + n > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + n));
        }
        System.arraycopy(b, from, pending, pendingLength, n);
        pendingLength += n;
    }

    /** The last line of a generation that ended without a newline is delivered as it is. */
    private void endOfGeneration() {
        if (pendingLength > 0) {
            emit(pending, 0, pendingLength);
            pendingLength = 0;
        }
        finished.add(key);
    }

    /**
     * Whether the file under the same name and inode no longer holds what was read: shorter than the
     * position, or different bytes just before it (truncated, then written past the old position again).
     */
    private boolean wasRewritten() throws IOException {
        long size = channel.size();
        if (size < position) {
            return true;
        }
        if (fingerprintLength == 0) {
            return false;
        }
        byte[] now = new byte[fingerprintLength];
        int read = channel.read(ByteBuffer.wrap(now), position - fingerprintLength);
        return read != fingerprintLength || !Arrays.equals(now, 0, read, fingerprint, 0, fingerprintLength);
    }

    private void restartFromTop() throws IOException {
        readTailFromCopy();
        position = 0;
        lineNumber = 0;
        pendingLength = 0; // a partial line cut by the truncation is gone from the file too
        fingerprintLength = 0;
        setState(FollowState.TRUNCATED);
    }

    /**
     * Lines written after our last read and before a copytruncate are not in the live file any more, but
     * are in the copy logrotate made: the rotated sibling that holds what we read, up to our position, gives
     * the rest from there.
     */
    private void readTailFromCopy() throws IOException {
        if (fingerprintLength == 0) {
            return;
        }
        List<Path> newestFirst = new ArrayList<>(RotatedSet.of(path));
        Collections.reverse(newestFirst);
        for (Path sibling : newestFirst) {
            if (sibling.equals(path) || RotatedSet.isCompressed(path, sibling)) {
                continue;
            }
            try (FileChannel copy = FileChannel.open(sibling, StandardOpenOption.READ)) {
                if (copy.size() < position) {
                    continue;
                }
                byte[] there = new byte[fingerprintLength];
                int read = copy.read(ByteBuffer.wrap(there), position - fingerprintLength);
                if (read != fingerprintLength || !Arrays.equals(there, 0, read, fingerprint, 0, fingerprintLength)) {
                    continue;
                }
                FileChannel live = channel;
                channel = copy;
                try {
                    readToEnd();
                } finally {
                    channel = live;
                }
                finished.add(FileIdentity.of(sibling)); // the copy holds what was read: never a generation to read again
                if (pendingLength > 0) {
                    emit(pending, 0, pendingLength);
                    pendingLength = 0;
                }
                return;
            } catch (NoSuchFileException gone) {
                // rotated away meanwhile
            }
        }
    }

    private void keepFingerprint(byte[] b, int length) {
        int n = Math.min(FINGERPRINT, length);
        if (n == FINGERPRINT) {
            System.arraycopy(b, length - n, fingerprint, 0, n);
            fingerprintLength = n;
            return;
        }
        int keep = Math.min(fingerprintLength, FINGERPRINT - n);
        System.arraycopy(fingerprint, fingerprintLength - keep, fingerprint, 0, keep);
        System.arraycopy(b, length - n, fingerprint, keep, n);
        fingerprintLength = keep + n;
    }

    private void keepFingerprint(long end) throws IOException {
        int n = (int) Math.min(FINGERPRINT, end);
        int read = channel.read(ByteBuffer.wrap(fingerprint, 0, n), end - n);
        fingerprintLength = Math.max(0, read);
    }

    /**
     * Reads every unread rotated generation whole, oldest first. The folder is listed again after each, and a
     * file is read only if it is still the one listed: a writer may be renaming the set meanwhile.
     */
    private void readUnreadGenerations() throws IOException {
        for (int guard = 0; guard < 10_000; guard++) {
            List<RotatedGenerations.Generation> unread = unreadGenerations();
            if (unread.isEmpty()) {
                return;
            }
            RotatedGenerations.Generation next = unread.get(0);
            closeChannel();
            try {
                channel = FileChannel.open(next.file(), StandardOpenOption.READ);
            } catch (NoSuchFileException gone) {
                continue;
            }
            if (!next.key().equals(FileIdentity.of(next.file()))) {
                closeChannel(); // renamed between listing and opening: list again
                continue;
            }
            key = next.key();
            shownAs = next.file();
            position = 0;
            lineNumber = 0;
            pendingLength = 0;
            readToEnd();
            endOfGeneration();
            closeChannel();
        }
    }


    private void setState(FollowState newState) {
        if (newState != state) {
            state = newState;
            listener.state(newState);
        }
    }

    public FollowState state() {
        return state;
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeChannel();
    }
}
