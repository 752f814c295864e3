package dev.loglens.core.query;

import dev.loglens.core.index.RecordIndex;
import java.nio.charset.StandardCharsets;

/**
 * A regular expression that could not finish on one record: it backtracked past its time limit (nested
 * repetition such as {@code (.*a){20}x}, whose work grows exponentially with the line), or recursed deeper
 * than the thread's stack allows ({@code (a|b)*} over a very long line). Either way the user has to simplify
 * the expression, and the message says so in one line.
 */
public final class RegexTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, worded to follow "the regular expression". */
    private final String problem;
    /** The record it went wrong on; -1 when the caller matched text of its own. */
    private final long record;

    RegexTimeoutException(String problem) {
        this(problem, -1, "");
    }

    private RegexTimeoutException(String problem, long record, String where) {
        super("the regular expression " + problem + where + "; simplify it");
        this.problem = problem;
        this.record = record;
    }

    /** The same failure, said of a record of the index (named by its line, as the viewer numbers lines). */
    RegexTimeoutException onRecord(RecordIndex index, long record) {
        return new RegexTimeoutException(problem, record, " on the record at line " + (index.firstLine(record) + 1));
    }

    /**
     * The same, said of a record met while a file is indexed (no line numbers yet), by the start of its first
     * line.
     */
    RegexTimeoutException onRecordStarting(byte[] b, int from, int to) {
        int end = from;
        while (end < to && end - from < 60 && b[end] != '\n' && b[end] != '\r') {
            end++;
        }
        String head = new String(b, from, end - from, StandardCharsets.UTF_8);
        return new RegexTimeoutException(problem, -1, " on the record that starts \"" + head + "\"");
    }

    /** The zero-based record the expression failed on, or -1 when it was not matched against the index. */
    public long record() {
        return record;
    }
}
