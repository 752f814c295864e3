package dev.loglens.core.io;

/** Tells text from binary data by the first bytes of a file, the way {@code grep} and {@code file} do. */
public final class ContentSniffer {

    private static final int SAMPLE = 8192;
    /** Logs may hold a few stray control bytes; binaries hold many. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Half NULs is UTF-16 text or a binary format, not a log with a hole in it. */
    private static final double MAX_NUL_SHARE = 0.5;

    private ContentSniffer() {
    }

    public static boolean looksBinary(byte[] head, int length) {
        int n = Math.min(length, SAMPLE);
        if (n == 0) {
            return false;
        }
        if (isCompressed(head, n)) {
            return true;
        }
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = head[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        // A run of NULs is what copytruncate or a crash leaves in a log; other control bytes mean binary data.
        int text = n - nul;
        return text == 0 || nul > n * MAX_NUL_SHARE || control > text * MAX_CONTROL_SHARE;
    }

    private static boolean isCompressed(byte[] head, int n) {
        return n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }
}
