package dev.loglens.core.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generations a follower reads: found while a writer rotates the set, oldest first, never a compressed copy. */
class RotatedGenerationsTest {

    @TempDir
    Path dir;

    private static List<String> names(List<RotatedGenerations.Generation> generations) {
        return generations.stream().map(g -> g.file().getFileName().toString()).toList();
    }

    @Test
    void datedThenNumberedOldestFirstWithoutTheLiveFileOrCompressedCopies() throws IOException {
        for (String name : List.of("app.log", "app.log.1", "app.log.3", "app.log.4.gz", "app.log.2024-10-09",
                "app.log.2024-10-10", "app.log.2024-10-08.gz", "app.log.bak", "other.log.1")) {
            Files.writeString(dir.resolve(name), name + "\n");
        }
        assertThat(names(RotatedGenerations.of(dir.resolve("app.log"))))
                .containsExactly("app.log.2024-10-09", "app.log.2024-10-10", "app.log.3", "app.log.1");
    }

    @Test
    void eachGenerationIsGivenWithTheIdentityOfTheFileUnderItsName() throws IOException {
        Files.writeString(dir.resolve("app.log"), "live\n");
        Files.writeString(dir.resolve("app.log.1"), "older\n");
        List<RotatedGenerations.Generation> generations = RotatedGenerations.of(dir.resolve("app.log"));
        assertThat(generations).hasSize(1);
        assertThat(generations.get(0).key()).isEqualTo(FileIdentity.of(dir.resolve("app.log.1")));
    }

    /**
     * A folder listing made while files are renamed can miss them (ext4 does, on most looks); a follower that
     * trusts it reads a later generation before the one it missed.
     */
    @Test
    void aGenerationInTheSetThroughoutALookIsFoundWhileAWriterRotatesAsFastAsItCan() throws Exception {
        Path live = dir.resolve("app.log");
        Path retired = Files.createDirectory(dir.resolve("retired")); // moved, not deleted: no inode is reused
        Map<Object, Long> generationOf = new ConcurrentHashMap<>();
        AtomicLong rotations = new AtomicLong();
        Files.writeString(live, "0\n");
        generationOf.put(FileIdentity.of(live), 0L);
        Thread writer = new Thread(() -> {
            try {
                for (long rotation = 1; !Thread.currentThread().isInterrupted(); rotation++) {
                    // RotatingFileHandler with backupCount=5: drop the oldest, move each up by one, then the live file
                    if (Files.exists(dir.resolve("app.log.5"))) {
                        Files.move(dir.resolve("app.log.5"), retired.resolve(Long.toString(rotation)));
                    }
                    for (int n = 4; n >= 1; n--) {
                        if (Files.exists(dir.resolve("app.log." + n))) {
                            Files.move(dir.resolve("app.log." + n), dir.resolve("app.log." + (n + 1)));
                        }
                    }
                    Files.move(live, dir.resolve("app.log.1"));
                    Files.writeString(live, rotation + "\n");
                    generationOf.put(FileIdentity.of(live), rotation);
                    rotations.set(rotation);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        try {
            int looks = 0;
            List<String> misses = new ArrayList<>();
            while (looks < 3000 || rotations.get() < 500) {
                long before = rotations.get();
                Set<Long> found = new HashSet<>();
                for (RotatedGenerations.Generation g : RotatedGenerations.of(live)) {
                    found.add(generationOf.get(g.key()));
                }
                long after = rotations.get();
                looks++;
                // rotated before the look began, and not yet dropped by the rotation that may follow the look
                for (long generation = Math.max(1, after - 4); generation <= before - 1; generation++) {
                    if (!found.contains(generation)) {
                        misses.add("generation " + generation + " between rotations " + before + " and " + after);
                    }
                }
            }
            assertThat(misses.size()).as("generations missed in %d looks, the first: %s", looks,
                    misses.stream().limit(3).toList()).isZero();
        } finally {
            writer.interrupt();
            writer.join();
        }
    }
}
