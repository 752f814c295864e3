package dev.loglens.core.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a log file changes under a follower, each line delivered once and in order. */
class LineFollowerTest {

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final List<FollowState> states = new ArrayList<>();
    private LineFollower follower;

    private LineFollower follow(Path file, boolean fromStart) {
        follower = new LineFollower(file, fromStart, new LineFollower.Listener() {
            @Override
            public void line(byte[] b, int from, int to, Path source, long number) {
                lines.add(new String(b, from, to - from, StandardCharsets.UTF_8));
            }

            @Override
            public void state(FollowState state) {
                states.add(state);
            }
        });
        return follower;
    }

    @AfterEach
    void close() throws IOException {
        if (follower != null) {
            follower.close();
        }
    }

    /** An empty log, followed from its end, after the first look. */
    private LineFollower followNewFile(Path log) throws IOException {
        append(log, "");
        LineFollower tail = follow(log, false);
        tail.poll();
        return tail;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void startsAtTheEndUnlessAskedAndHoldsAPartialLineUntilItsNewline() throws IOException {
        Path log = dir.resolve("app.log");
        append(log, "old 1\nold 2\n");
        LineFollower tail = follow(log, false);
        tail.poll();
        assertThat(lines).isEmpty();
        append(log, "new 1\nnew 2 is half");
        tail.poll();
        assertThat(lines).containsExactly("new 1");
        append(log, " written\r\n");
        tail.poll();
        assertThat(lines).containsExactly("new 1", "new 2 is half written");
    }

    @Test
    void fromStartReadsWhatIsThereFirst() throws IOException {
        Path log = dir.resolve("app.log");
        append(log, "old 1\nold 2\n");
        LineFollower tail = follow(log, true);
        tail.poll();
        append(log, "new\n");
        tail.poll();
        assertThat(lines).containsExactly("old 1", "old 2", "new");
    }

    @Test
    void waitsForAFileThatDoesNotExistYetAndReadsItFromItsStart() throws IOException {
        Path log = dir.resolve("later.log");
        LineFollower tail = follow(log, false);
        tail.poll();
        assertThat(states).containsExactly(FollowState.WAITING);
        append(log, "first\nsecond\n");
        tail.poll();
        assertThat(lines).containsExactly("first", "second");
        assertThat(states).endsWith(FollowState.FOLLOWING);
    }

    @Test
    void rotationByRenameReadsTheOldFileToItsEndThenTheNewOne() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        append(log, "a1\na2\n");
        tail.poll();
        append(log, "a3 written just before the rename\n");
        Files.move(log, dir.resolve("app.log.1"));
        append(log, "b1\n");
        tail.poll();
        assertThat(lines).containsExactly("a1", "a2", "a3 written just before the rename", "b1");
        assertThat(states).contains(FollowState.ROTATED);
    }

    @Test
    void aGenerationRotatedAwayBetweenTwoPollsIsReadFromItsNewName() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        append(log, "gen1 a\n");
        tail.poll();
        append(log, "gen1 b\n");
        // Two rotations, as RotatingFileHandler does them, before the follower looks again.
        Files.move(log, dir.resolve("app.log.1"));
        append(log, "gen2 a\ngen2 b\n");
        Files.move(dir.resolve("app.log.1"), dir.resolve("app.log.2"));
        Files.move(log, dir.resolve("app.log.1"));
        append(log, "gen3 a\n");
        tail.poll();
        assertThat(lines).containsExactly("gen1 a", "gen1 b", "gen2 a", "gen2 b", "gen3 a");
    }

    @Test
    void logrotateCreateKeepsReadingTheOldFileUntilTheProgramMovesToTheNewOne() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        try (var writer = Files.newBufferedWriter(log, StandardOpenOption.APPEND)) {
            writer.write("before\n");
            writer.flush();
            tail.poll();
            Files.move(log, dir.resolve("app.log.1"));
            Files.createFile(log); // logrotate "create": a new empty file; the program still has the old one open
            writer.write("still to the old file\n");
            writer.flush();
            tail.poll();
        }
        append(log, "after the reopen\n");
        tail.poll();
        assertThat(lines).containsExactly("before", "still to the old file", "after the reopen");
    }

    @Test
    void aLookBetweenTheRenameAndTheNewFileLosesNothingTheProgramStillWritesToTheOldOne() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        append(log, "before\n");
        tail.poll();
        Path rotated = dir.resolve("app.log.1");
        Files.move(log, rotated);
        tail.poll(); // no app.log at all for this look
        append(rotated, "still written to the renamed file\n");
        tail.poll();
        append(log, "to the new file\n");
        tail.poll();
        assertThat(lines).containsExactly("before", "still written to the renamed file", "to the new file");
        assertThat(states).doesNotContain(FollowState.DELETED);
    }

    @Test
    void theCopyOfACopytruncateIsNeverReadAgainLater() throws IOException {
        Path log = dir.resolve("app.log");
        append(log, "history\n");
        LineFollower tail = follow(log, false);
        tail.poll();
        append(log, "one\n");
        tail.poll();
        Files.copy(log, dir.resolve("app.log.1"));
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(0);
        }
        append(log, "two\n");
        tail.poll();
        Files.delete(log);
        tail.poll();
        append(log, "three\n");
        tail.poll();
        assertThat(lines).containsExactly("one", "two", "three");
    }

    @Test
    void copytruncateIsNoticedAndLinesWrittenBeforeItAreReadFromTheCopy() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        append(log, "one\ntwo\n");
        tail.poll();
        append(log, "three, written after the last poll\n");
        Files.copy(log, dir.resolve("app.log.1"));
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(0);
        }
        append(log, "four\n");
        tail.poll();
        assertThat(lines).containsExactly("one", "two", "three, written after the last poll", "four");
        assertThat(states).contains(FollowState.TRUNCATED);
    }

    @Test
    void aTruncatedFileWrittenPastTheOldPositionIsStillNoticed() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        append(log, "short\n");
        tail.poll();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(0);
        }
        append(log, "a longer line written after the truncation\n");
        tail.poll();
        assertThat(lines).containsExactly("short", "a longer line written after the truncation");
    }

    @Test
    void theNulHoleOfAWriterWithoutAppendModeIsSkipped() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        String first = "x".repeat(5000) + "\n";
        append(log, first);
        tail.poll();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(0);
            file.seek(first.length()); // the writer's own offset: the file gets a hole of NULs
            file.write("after the hole\n".getBytes(StandardCharsets.UTF_8));
        }
        tail.poll();
        assertThat(lines).hasSize(2).last().isEqualTo("after the hole");
    }

    @Test
    void aDeletedFileIsWaitedForAndReadWhenItComesBack() throws IOException {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        append(log, "before\n");
        tail.poll();
        Files.delete(log);
        tail.poll();
        assertThat(states).endsWith(FollowState.DELETED);
        append(log, "recreated\n");
        tail.poll();
        assertThat(lines).containsExactly("before", "recreated");
    }

    @Test
    void aWriterThreadLosesNoLineThroughRotations() throws Exception {
        Path log = dir.resolve("app.log");
        LineFollower tail = followNewFile(log);
        Thread writer = new Thread(() -> {
            try {
                for (int generation = 0; generation < 5; generation++) {
                    StringBuilder batch = new StringBuilder();
                    for (int i = 0; i < 2000; i++) {
                        batch.append("seq=").append(generation * 2000 + i).append('\n');
                        if (i % 100 == 99) {
                            append(log, batch.toString());
                            batch.setLength(0);
                        }
                    }
                    for (int n = generation; n >= 1; n--) {
                        Files.move(dir.resolve("app.log." + n), dir.resolve("app.log." + (n + 1)));
                    }
                    Files.move(log, dir.resolve("app.log.1"));
                    append(log, "");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        while (writer.isAlive()) {
            tail.poll();
        }
        writer.join();
        tail.poll();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            expected.add("seq=" + i);
        }
        int firstDifference = 0;
        while (firstDifference < Math.min(lines.size(), expected.size())
                && lines.get(firstDifference).equals(expected.get(firstDifference))) {
            firstDifference++;
        }
        assertThat(firstDifference).as("lines in order before the first difference, of %d read: around %s",
                lines.size(), lines.subList(Math.max(0, firstDifference - 2), Math.min(lines.size(), firstDifference + 3)))
                .isEqualTo(expected.size());
        assertThat(lines).hasSize(expected.size());
    }
}
