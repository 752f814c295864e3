package dev.loglens.core.tail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which file a name points to now (device and inode on Linux): what tells a file renamed away from one
 * written anew under the same name.
 */
public final class FileIdentity {

    private FileIdentity() {
    }

    /** The identity of the file at {@code path}, or null when there is none (or the file system has none). */
    public static Object of(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (IOException gone) {
            return null;
        }
    }
}
