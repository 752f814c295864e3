package dev.loglens.core.time;

/** Reads one timestamp layout from raw bytes. Implementations are stateless and allocate nothing. */
public interface TimestampParser {

    /**
     * A parser for one reader of a file, fed its lines in order, which may remember what it learnt from the
     * lines before (which of several layouts the file writes); stateless parsers are their own.
     */
    default TimestampParser forOneReader() {
        return this;
    }

    /**
     * Parses a timestamp starting at {@code start}, not reading at or past {@code end}.
     *
     * @return the position just after the timestamp, or -1 when the bytes are not a timestamp
     */
    int parse(byte[] buf, int start, int end, TimeFields out);
}
