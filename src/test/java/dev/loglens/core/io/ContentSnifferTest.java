package dev.loglens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private static final String LOG = "2024-10-10 11:46:39,123 - app - INFO - started in 1.2 s\n"
            + "2024-10-10 11:46:40,456 - app - ERROR - failed\n"
            + "Traceback (most recent call last):\n\tFile \"x.py\", line 1\r\n";

    @Test
    void emptyHeadIsNotBinary() {
        assertThat(ContentSniffer.looksBinary(new byte[0], 0)).isFalse();
    }

    @Test
    void plainLogTextIsNotBinary() {
        assertThat(looksBinary(LOG.repeat(20).getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void multiByteUtf8AndInvalidUtf8AreNotBinary() {
        byte[] text = (LOG + "checkpoint saved — ok ✓ 日本語 ü\n").repeat(10).getBytes(StandardCharsets.UTF_8);
        assertThat(looksBinary(text)).isFalse();
        byte[] invalid = Arrays.copyOf(text, text.length + 4);
        invalid[text.length] = (byte) 0xFF;
        invalid[text.length + 1] = (byte) 0xFE;
        invalid[text.length + 2] = (byte) 0xC3;
        invalid[text.length + 3] = (byte) 0x28;
        assertThat(looksBinary(invalid)).isFalse();
    }

    @Test
    void ansiColouredLogIsNotBinary() {
        String coloured = "\u001b[32m2024-10-10 11:46:39,123 INFO\u001b[0m started\n\u001b[31mERROR\u001b[0m boom\f\n";
        assertThat(looksBinary(coloured.repeat(50).getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aFewStrayControlBytesAreNotBinary() {
        byte[] text = LOG.repeat(20).getBytes(StandardCharsets.UTF_8);
        text[100] = 0x07;
        text[500] = 0x08;
        text[900] = 0x01;
        assertThat(looksBinary(text)).isFalse();
    }

    @Test
    void shortNulRunBeforeTextIsNotBinary() {
        byte[] text = LOG.repeat(40).getBytes(StandardCharsets.UTF_8);
        byte[] head = new byte[500 + text.length];
        System.arraycopy(text, 0, head, 500, text.length);
        assertThat(looksBinary(head)).isFalse();
    }

    @Test
    void gzipMagicIsBinary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(LOG.repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(looksBinary(out.toByteArray())).isTrue();
        assertThat(looksBinary(new byte[] {0x1F, (byte) 0x8B})).isTrue();
    }

    @Test
    void randomBytesAreBinary() {
        for (long seed = 0; seed < 20; seed++) {
            byte[] bytes = new byte[8192];
            new Random(seed).nextBytes(bytes);
            assertThat(looksBinary(bytes)).as("seed %d", seed).isTrue();
        }
    }

    @Test
    void aSampleOfOnlyNulsIsAHoleNotBinary() {
        // What a log emptied by copytruncate holds until its writer appends again.
        assertThat(looksBinary(new byte[4096])).isFalse();
    }

    @Test
    void utf16TextIsBinary() {
        assertThat(looksBinary(LOG.repeat(10).getBytes(StandardCharsets.UTF_16LE))).isTrue();
    }

    @Test
    void manyControlBytesAreBinary() {
        byte[] text = LOG.repeat(20).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i += 10) {
            text[i] = 0x02;
        }
        assertThat(looksBinary(text)).isTrue();
    }

    @Test
    void onlyTheLengthGivenIsLookedAt() {
        byte[] head = LOG.repeat(5).getBytes(StandardCharsets.UTF_8);
        byte[] buffer = Arrays.copyOf(head, head.length + 1000); // unused tail of NULs
        assertThat(ContentSniffer.looksBinary(buffer, head.length)).isFalse();
    }

    private static boolean looksBinary(byte[] bytes) {
        return ContentSniffer.looksBinary(bytes, bytes.length);
    }
}
