package dev.loglens.core.io;

/** Tells text from binary data by the first bytes of a file, the way {@code grep} and {@code file} do. */
public final class ContentSniffer {

    private static final int SAMPLE = 8192;
    /** Logs may hold a few stray control bytes; binaries hold many. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** NULs in a run this long are a hole (copytruncate, a crash), which logs have and still are text. */
    private static final int HOLE = 8;

    private ContentSniffer() {
    }

    public static boolean looksBinary(byte[] head, int length) {
        int n = Math.min(length, SAMPLE);
        if (isCompressed(head, n)) {
            return true;
        }
        int counted = 0;
        int control = 0;
        int nulRun = 0;
        for (int i = 0; i <= n; i++) {
            int c = i < n ? head[i] & 0xFF : -1;
            if (c == 0) {
                nulRun++;
                continue;
            }
            if (nulRun > 0 && nulRun < HOLE) {
                // Scattered NULs (UTF-16 text, binary records) count against text; a hole does not.
                control += nulRun;
                counted += nulRun;
            }
            nulRun = 0;
            if (c > 0) {
                counted++;
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                    control++;
                }
            }
        }
        return counted > 0 && control > counted * MAX_CONTROL_SHARE;
    }

    private static boolean isCompressed(byte[] head, int n) {
        return n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }
}
