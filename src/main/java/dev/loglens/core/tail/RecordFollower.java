package dev.loglens.core.tail;

import dev.loglens.core.format.FormatDetector;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.io.ContentSniffer;
import dev.loglens.core.level.LevelTable;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Follows one log as records: a {@link LineFollower} for the lines, the format detected from what the file
 * already holds (or, for a file that starts empty, from its first lines), and a {@link RecordAssembler}.
 * A record is handed on when the next one starts, or once a poll finds nothing new (the writer paused).
 */
public final class RecordFollower implements Closeable {

    /** Lines seen before the format is detected in a file that started empty. */
    private static final int DETECTION_LINES = 20;
    private static final int HEAD_BYTES = 128 * 1024;

    private final LineFollower lines;
    private final FormatDetector detector;
    private final LevelTable levels = new LevelTable();
    private final RecordAssembler.Sink sink;
    private RecordAssembler assembler;
    private LogFormat format;
    /** Lines held until there are enough to detect the format of a file that started empty. */
    private final List<HeldLine> held = new ArrayList<>();
    private boolean deliveredThisPoll;

    private record HeldLine(byte[] text, Path file, long number) {
    }

    public RecordFollower(Path path, boolean fromStart, FormatDetector detector, RecordAssembler.Sink sink,
                          Consumer<FollowState> onState) throws IOException {
        this.detector = detector;
        this.sink = sink;
        this.lines = new LineFollower(path, fromStart, new LineFollower.Listener() {
            @Override
            public void line(byte[] b, int from, int to, Path file, long number) {
                onLine(b, from, to, file, number);
            }

            @Override
            public void state(FollowState state) {
                onState.accept(state);
            }
        });
        byte[] head = head(path);
        if (head.length > 0 && !ContentSniffer.looksBinary(head, head.length)) {
            useFormat(detector.detect(head, head.length));
        }
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException missing) {
            return new byte[0];
        }
    }

    private void useFormat(LogFormat detected) {
        format = detected;
        assembler = new RecordAssembler(detected, levels, LocalDate.now(), sink);
    }

    /** The detected format, or null while a new file has too few lines to tell. */
    public LogFormat format() {
        return format;
    }

    public LevelTable levels() {
        return levels;
    }

    private void onLine(byte[] b, int from, int to, Path file, long number) {
        deliveredThisPoll = true;
        if (assembler != null) {
            assembler.line(b, from, to, file, number);
            return;
        }
        held.add(new HeldLine(Arrays.copyOfRange(b, from, to), file, number));
        if (held.size() >= DETECTION_LINES) {
            detectFromHeldLines();
        }
    }

    private void detectFromHeldLines() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (HeldLine line : held) {
            text.write(line.text(), 0, line.text().length);
            text.write('\n');
        }
        byte[] bytes = text.toByteArray();
        useFormat(detector.detect(bytes, bytes.length));
        for (HeldLine line : held) {
            assembler.line(line.text(), 0, line.text().length, line.file(), line.number());
        }
        held.clear();
    }

    /** Reads what is new; when nothing was, the record being assembled is complete and handed on. */
    public void poll() throws IOException {
        deliveredThisPoll = false;
        lines.poll();
        if (!deliveredThisPoll) {
            finishPending();
        }
    }

    /** Hands on whatever is held: on a pause of the writer, and before stopping. */
    public void finishPending() {
        if (assembler == null && !held.isEmpty()) {
            detectFromHeldLines();
        }
        if (assembler != null) {
            assembler.flush();
        }
    }

    public Path path() {
        return lines.path();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
