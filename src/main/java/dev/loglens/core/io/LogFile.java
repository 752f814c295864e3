package dev.loglens.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

/**
 * A log file opened read-only. Reads are positional ({@code pread}), never through a memory map: a
 * map of a file that another process truncates crashes the reader, and mapped pages would count
 * against LogLens's memory.
 */
public final class LogFile implements Closeable {

    /** One file of the log: its channel and, for a compressed file, the decompressed copy read instead. */
    private record Part(Path path, FileChannel channel, Path decompressed) {
    }

    private final Path path;
    /** Oldest first; all but the last are rotated files, which no longer change. */
    private final List<Part> parts;
    /** Where each part starts in the log, for all parts but the last, whose end may still move. */
    private final long[] starts;

    private LogFile(Path path, List<Part> parts) throws IOException {
        this.path = path;
        this.parts = List.copyOf(parts);
        this.starts = new long[parts.size()];
        for (int i = 1; i < parts.size(); i++) {
            starts[i] = starts[i - 1] + parts.get(i - 1).channel().size();
        }
    }

    /** Opens a file for reading; the exception's message says in plain words why it cannot be. */
    public static LogFile open(Path path) throws LogFileException {
        return openParts(path, List.of(path));
    }

    /**
     * Opens a rotated set (oldest first, see {@link RotatedSet}) as one log whose bytes are the files' bytes
     * one after another; {@link #path()} is the last, live file.
     */
    public static LogFile openSet(List<Path> oldestFirst) throws LogFileException {
        return openParts(oldestFirst.get(oldestFirst.size() - 1), oldestFirst);
    }

    /** Opens the parts, closing those already open if a later one fails. */
    private static LogFile openParts(Path shown, List<Path> paths) throws LogFileException {
        List<Part> opened = new ArrayList<>();
        try {
            for (Path part : paths) {
                opened.add(openPart(part));
            }
            return new LogFile(shown, opened);
        } catch (LogFileException e) {
            closeAll(opened);
            throw e;
        } catch (IOException e) {
            closeAll(opened);
            throw new LogFileException(shown + ": cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    private static Part openPart(Path path) throws LogFileException {
        if (Files.isDirectory(path)) {
            throw new LogFileException(path + ": is a directory, not a log file");
        }
        try {
            String compression = Files.size(path) > 2 ? Decompression.compressionOf(path) : null;
            if (compression != null) {
                Path copy = Decompression.toTemporaryFile(path, compression);
                copy.toFile().deleteOnExit();
                return new Part(path, FileChannel.open(copy, StandardOpenOption.READ), copy);
            }
            return new Part(path, FileChannel.open(path, StandardOpenOption.READ), null);
        } catch (LogFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new LogFileException(path + ": no such file");
        } catch (AccessDeniedException e) {
            throw new LogFileException(path + ": permission denied (the file is not readable)");
        } catch (IOException e) {
            throw new LogFileException(path + ": cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    public Path path() {
        return path;
    }

    /** How many files the log is made of (more than one for a rotated set). */
    public int fileCount() {
        return parts.size();
    }

    /** The day the log was last written, in local time: the year and date of times written without them. */
    public LocalDate modifiedDate() throws IOException {
        // TimeZone rather than ZoneId: java.time's zone rules provider costs ~10 ms of start-up on every open.
        long millis = Files.getLastModifiedTime(path).toMillis();
        long localMillis = millis + TimeZone.getDefault().getOffset(millis);
        return LocalDate.ofEpochDay(Math.floorDiv(localMillis, 86_400_000L));
    }

    public long size() throws IOException {
        int last = parts.size() - 1;
        return starts[last] + parts.get(last).channel().size();
    }

    /** Reads up to {@code length} bytes at {@code position}; returns how many were read (fewer only at the end). */
    public int read(long position, byte[] dst, int offset, int length) throws IOException {
        int done = 0;
        int part = partAt(position);
        while (done < length && part < parts.size()) {
            FileChannel channel = parts.get(part).channel();
            long partEnd = part + 1 < parts.size() ? starts[part + 1] : Long.MAX_VALUE;
            long at = position + done;
            int want = (int) Math.min(length - done, partEnd - at);
            ByteBuffer buffer = ByteBuffer.wrap(dst, offset + done, want);
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at - starts[part] + (want - buffer.remaining()));
                if (n < 0) {
                    break;
                }
            }
            int got = want - buffer.remaining();
            done += got;
            if (got < want && part + 1 >= parts.size()) {
                break; // the end of the live file
            }
            part++;
        }
        return done;
    }

    private int partAt(long position) {
        int part = parts.size() - 1;
        while (part > 0 && starts[part] > position) {
            part--;
        }
        return part;
    }

    /** Whether the file was compressed (and is read through a decompressed copy). */
    public boolean wasCompressed() {
        return parts.stream().anyMatch(p -> p.decompressed() != null);
    }

    @Override
    public void close() throws IOException {
        closeAll(parts);
    }

    private static void closeAll(List<Part> parts) throws LogFileException {
        IOException failure = null;
        for (Part part : parts) {
            try {
                part.channel().close();
                if (part.decompressed() != null) {
                    Files.deleteIfExists(part.decompressed());
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new LogFileException("cannot close " + failure.getMessage(), failure);
        }
    }
}
