package dev.loglens.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Compressed logs ({@code .gz}, told by their magic bytes, not their name) are streamed into a temporary
 * file and indexed like any other: never held in memory, and the original is only read.
 */
final class Decompression {

    private static final int BUFFER = 1 << 16;

    private Decompression() {
    }

    static boolean isGzip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.read() == 0x1F && in.read() == 0x8B;
        }
    }

    /** Decompresses into a new temporary file, which the caller deletes. */
    static Path toTemporaryFile(Path compressed) throws IOException {
        Path target = Files.createTempFile("loglens-", "-" + compressed.getFileName() + ".log");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed), BUFFER);
             OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
            return target;
        } catch (ZipException | java.io.EOFException e) {
            Files.deleteIfExists(target);
            throw new LogFileException(compressed + ": damaged gzip data (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }
}
