package dev.loglens.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a file through a temporary file beside it, moved into place only when the writing succeeded: a
 * cancelled or failed export (a full disk) leaves nothing half-written, and the target's old content stands.
 */
public final class AtomicWrite {

    /** What writes the content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A message for a failed write that says what the user can do about it. */
    public static String explain(IOException e) {
        return isDiskFull(e) ? "the disk is full" : e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Whether the write failed for want of space (ENOSPC: "No space left on device"). */
    public static boolean isDiskFull(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("no space");
    }

    /** Whether {@code target} is the file {@code source} itself (the log must never be overwritten). */
    public static boolean isSameFile(Path target, Path source) throws IOException {
        return Files.exists(target) && Files.exists(source) && Files.isSameFile(target, source);
    }
}
