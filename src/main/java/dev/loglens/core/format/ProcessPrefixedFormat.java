package dev.loglens.core.format;

import java.util.List;

/**
 * Lines of a program whose worker processes' output is relayed with the process named in front: Ray's and
 * vLLM's {@code (EngineCore_DP0 pid=165) }, {@code (RayTrainWorker pid=1234, ip=10.0.0.1) }, and PyTorch's
 * distributed {@code [rank0]:}. The prefix is on some lines only and may stand before a line of any layout
 * (flashinfer's Python logging, torch's glog), so a line is read as it is first and after its prefix second:
 * a layout that reads the prefix itself (vLLM's) keeps its process field.
 */
public final class ProcessPrefixedFormat extends PrefixedFormat {

    /** A process is named in the first this many bytes of a line, or not at all. */
    private static final int LONGEST_PREFIX = 160;

    public ProcessPrefixedFormat(LogFormat inner) {
        super(inner);
    }

    @Override
    public String id() {
        return "process/" + inner.id();
    }

    @Override
    public String name() {
        return inner.name() + ", some lines after a process's name ((Worker pid=N) or [rankN]:)";
    }

    @Override
    public List<String> fieldNames() {
        return inner.fieldNames();
    }

    @Override
    protected LineParser afterPrefix(LineParser parser) {
        return (b, start, end, out) -> {
            if (parser.parse(b, start, end, out)) {
                return true;
            }
            int text = textStart(b, start, end);
            return text > start && parser.parse(b, text, end, out);
        };
    }

    /**
     * Where the process's own line starts in {@code b[start, end)}: after {@code (… pid=N…) }, then after
     * {@code [rankN]:}; {@code start} when the line names no process.
     */
    static int textStart(byte[] b, int start, int end) {
        int p = afterProcessName(b, start, end);
        return afterRank(b, p, end);
    }

    private static int afterProcessName(byte[] b, int start, int end) {
        if (start >= end || b[start] != '(') {
            return start;
        }
        boolean pid = false;
        for (int i = start + 1; i < end && i < start + LONGEST_PREFIX; i++) {
            if (b[i] == ')') {
                return pid && i + 1 < end && b[i + 1] == ' ' ? i + 2 : start;
            }
            if (b[i] == '(') {
                return start;
            }
            pid |= b[i] == 'p' && (b[i - 1] == '(' || b[i - 1] == ' ' || b[i - 1] == ',') && i + 4 < end
                    && b[i + 1] == 'i' && b[i + 2] == 'd' && b[i + 3] == '=' && isDigit(b[i + 4]);
        }
        return start;
    }

    private static int afterRank(byte[] b, int start, int end) {
        String rank = "[rank";
        if (end - start < rank.length() + 3) {
            return start;
        }
        for (int i = 0; i < rank.length(); i++) {
            if (b[start + i] != rank.charAt(i)) {
                return start;
            }
        }
        int p = start + rank.length();
        int digits = p;
        while (p < end && isDigit(b[p])) {
            p++;
        }
        return p > digits && p + 1 < end && b[p] == ']' && b[p + 1] == ':' ? p + 2 : start;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
