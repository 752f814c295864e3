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
import java.time.ZoneId;

/**
 * A log file opened read-only. Reads are positional ({@code pread}), never through a memory map: a
 * map of a file that another process truncates crashes the reader, and mapped pages would count
 * against LogLens's memory.
 */
public final class LogFile implements Closeable {

    private final Path path;
    private final FileChannel channel;
    /** The decompressed copy of a compressed log, deleted on close; null for a plain file. */
    private final Path decompressed;

    private LogFile(Path path, FileChannel channel, Path decompressed) {
        this.path = path;
        this.channel = channel;
        this.decompressed = decompressed;
    }

    /** Opens a file for reading; the exception's message says in plain words why it cannot be. */
    public static LogFile open(Path path) throws LogFileException {
        if (Files.isDirectory(path)) {
            throw new LogFileException(path + ": is a directory, not a log file");
        }
        try {
            String compression = Files.size(path) > 2 ? Decompression.compressionOf(path) : null;
            if (compression != null) {
                Path copy = Decompression.toTemporaryFile(path, compression);
                copy.toFile().deleteOnExit();
                return new LogFile(path, FileChannel.open(copy, StandardOpenOption.READ), copy);
            }
            return new LogFile(path, FileChannel.open(path, StandardOpenOption.READ), null);
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

    /** The day the file was last written, in local time: the year and date of times written without them. */
    public LocalDate modifiedDate() throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneId.systemDefault());
    }

    public long size() throws IOException {
        return channel.size();
    }

    /** Reads up to {@code length} bytes at {@code position}; returns how many were read (fewer only at the end). */
    public int read(long position, byte[] dst, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(dst, offset, length);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return (int) (at - position);
    }

    /** Whether the file was compressed (and is read through a decompressed copy). */
    public boolean wasCompressed() {
        return decompressed != null;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        if (decompressed != null) {
            Files.deleteIfExists(decompressed);
        }
    }
}
