package dev.loglens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {

    @TempDir
    Path dir;

    @Test
    void multiLineRecordTextKeepsInnerLinesAndDropsTheLastTerminator() throws IOException {
        String log = "2024-10-10 11:46:39,123 - app - ERROR - boom\n"
                + "Traceback (most recent call last):\n"
                + "\n"
                + "KeyError: 'x'\n"
                + "2024-10-10 11:46:40,000 - app - INFO - fine\n";
        try (Opened o = open(log.getBytes(StandardCharsets.UTF_8))) {
            assertThat(o.reader.text(0, 10_000))
                    .isEqualTo("2024-10-10 11:46:39,123 - app - ERROR - boom\nTraceback (most recent call last):\n\nKeyError: 'x'");
            assertThat(o.reader.text(1, 10_000)).isEqualTo("2024-10-10 11:46:40,000 - app - INFO - fine");
            assertThat(new String(o.reader.firstLine(0, 10_000), StandardCharsets.UTF_8))
                    .isEqualTo("2024-10-10 11:46:39,123 - app - ERROR - boom");
        }
    }

    @Test
    void crlfTerminatorIsDroppedToo() throws IOException {
        String log = "2024-10-10 11:46:39,123 - app - INFO - one\r\n2024-10-10 11:46:40,000 - app - INFO - two\r\n";
        try (Opened o = open(log.getBytes(StandardCharsets.UTF_8))) {
            assertThat(o.reader.text(0, 1000)).isEqualTo("2024-10-10 11:46:39,123 - app - INFO - one");
            assertThat(o.reader.text(1, 1000)).isEqualTo("2024-10-10 11:46:40,000 - app - INFO - two");
        }
    }

    @Test
    void lastRecordWithoutNewlineIsReadWhole() throws IOException {
        String log = "2024-10-10 11:46:39,123 - app - INFO - one\n2024-10-10 11:46:40,000 - app - INFO - last";
        try (Opened o = open(log.getBytes(StandardCharsets.UTF_8))) {
            assertThat(o.reader.text(1, 1000)).isEqualTo("2024-10-10 11:46:40,000 - app - INFO - last");
        }
    }

    @Test
    void maxBytesCutsTheTextWithoutStrippingItsEnd() throws IOException {
        String log = "2024-10-10 11:46:39,123 - app - INFO - a long message\n";
        try (Opened o = open(log.getBytes(StandardCharsets.UTF_8))) {
            assertThat(o.reader.text(0, 10)).isEqualTo("2024-10-10");
            assertThat(o.reader.bytes(0, 0)).isEmpty();
            assertThat(o.reader.text(0, log.length() - 1)).isEqualTo(log.substring(0, log.length() - 1));
        }
    }

    @Test
    void invalidUtf8IsReplacedNeverThrown() throws IOException {
        byte[] head = "2024-10-10 11:46:39,123 - app - WARNING - ".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {(byte) 0xFF, 'a', (byte) 0xC3, '(', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        byte[] log = new byte[head.length + bad.length];
        System.arraycopy(head, 0, log, 0, head.length);
        System.arraycopy(bad, 0, log, head.length, bad.length);
        try (Opened o = open(log)) {
            String text = o.reader.text(0, 1000);
            assertThat(text).startsWith("2024-10-10 11:46:39,123 - app - WARNING - \uFFFDa\uFFFD(");
            assertThat(text).doesNotContain("\n");
            assertThat(o.reader.bytes(0, 1000)).hasSize(log.length - 1);
        }
    }

    @Test
    void cutInsideAMultiByteCharacterIsReplaced() throws IOException {
        String log = "2024-10-10 11:46:39,123 - app - INFO - ✓ done\n";
        int cut = log.indexOf('✓') + 1; // one of its three bytes
        try (Opened o = open(log.getBytes(StandardCharsets.UTF_8))) {
            assertThat(o.reader.text(0, cut)).isEqualTo(log.substring(0, cut - 1) + "\uFFFD");
        }
    }

    private Opened open(byte[] bytes) throws IOException {
        Path path = Files.write(dir.resolve("r.log"), bytes);
        LogFile file = LogFile.open(path);
        RecordIndex index = FileIndexer.withBuiltInFormats().index(file, IndexListener.NONE, Cancellation.none());
        return new Opened(file, new RecordReader(file, index));
    }

    private record Opened(LogFile file, RecordReader reader) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
