package dev.loglens.core.format;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A line's bytes seen as characters one for one (ISO-8859-1), so that {@link Pattern}
 * can match raw bytes without decoding or copying them. Positions in the view are positions in the
 * bytes; a non-ASCII character shows as the bytes that encode it, which structural patterns never need.
 */
final class Latin1View implements CharSequence {

    private byte[] bytes;
    private int start;
    private int length;

    Latin1View reset(byte[] b, int from, int to) {
        bytes = b;
        start = from;
        length = to - from;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[start + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new Latin1View().reset(bytes, start + from, start + to);
    }

    @Override
    public String toString() {
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
}
