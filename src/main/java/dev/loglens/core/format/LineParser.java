package dev.loglens.core.format;

/**
 * Decides whether a line starts a record and reads its level and time. Instances keep scratch
 * state, so each thread uses its own ({@link LogFormat#newParser}).
 */
public interface LineParser {

    /**
     * @param start the line's first byte
     * @param end just past its last byte (line terminators already removed)
     * @return true when the line starts a new record; {@code out} then holds its fields
     */
    boolean parse(byte[] buf, int start, int end, ParsedLine out);
}
