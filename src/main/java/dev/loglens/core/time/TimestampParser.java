package dev.loglens.core.time;

/** Reads one timestamp layout from raw bytes. Implementations are stateless and allocate nothing. */
public interface TimestampParser {

    /**
     * Parses a timestamp starting at {@code start}, not reading at or past {@code end}.
     *
     * @return the position just after the timestamp, or -1 when the bytes are not a timestamp
     */
    int parse(byte[] buf, int start, int end, TimeFields out);
}
