package dev.loglens.core.io;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Compressed logs (gzip, bzip2, xz, Zstandard: told by their content, not their name) are streamed into a
 * temporary file and indexed like any other: never held in memory, and the original is only read.
 */
final class Decompression {

    private static final int BUFFER = 1 << 16;
    private static final Map<String, String> NAMES = Map.of(CompressorStreamFactory.GZIP, "gzip",
            CompressorStreamFactory.BZIP2, "bzip2", CompressorStreamFactory.XZ, "xz",
            CompressorStreamFactory.ZSTANDARD, "Zstandard");

    private Decompression() {
    }

    /**
     * The compression of the file, told by its first bytes (gzip {@code 1f 8b}, bzip2 {@code BZh}, xz
     * {@code fd 37 7a 58 5a 00}, Zstandard {@code 28 b5 2f fd}); null for anything else, without loading a
     * decompressor.
     */
    static String compressionOf(Path path) throws IOException {
        byte[] magic = new byte[6];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(magic, 0, magic.length);
        }
        if (n >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
            return CompressorStreamFactory.GZIP;
        } else if (n >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
            return CompressorStreamFactory.BZIP2;
        } else if (n >= 6 && (magic[0] & 0xFF) == 0xFD && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X'
                && magic[4] == 'Z' && magic[5] == 0) {
            return CompressorStreamFactory.XZ;
        } else if (n >= 4 && (magic[0] & 0xFF) == 0x28 && (magic[1] & 0xFF) == 0xB5 && (magic[2] & 0xFF) == 0x2F
                && (magic[3] & 0xFF) == 0xFD) {
            return CompressorStreamFactory.ZSTANDARD;
        }
        return null;
    }

    /** Commons Compress reads Zstandard only through zstd-jni's native library; aircompressor is plain Java. */
    private static InputStream decompressing(String kind, InputStream in) throws IOException {
        if (kind.equals(CompressorStreamFactory.ZSTANDARD)) {
            return new ZstdInputStream(in);
        }
        return new CompressorStreamFactory().createCompressorInputStream(kind, in, true);
    }

    /** Decompresses into a new temporary file, which the caller deletes. */
    static Path toTemporaryFile(Path compressed, String kind) throws IOException {
        Path target = Files.createTempFile("loglens-", "-" + compressed.getFileName() + ".log");
        try (InputStream in = decompressing(kind, new BufferedInputStream(Files.newInputStream(compressed), BUFFER));
             OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
            return target;
        } catch (IOException e) { // CompressorException is one too
            Files.deleteIfExists(target);
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new LogFileException(compressed + ": damaged " + NAMES.get(kind) + " data (" + why + ")", e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }
}
