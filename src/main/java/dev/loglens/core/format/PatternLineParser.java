package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.EpochTimes;
import dev.loglens.core.time.TimestampParser;
import java.util.List;

/**
 * Matches a token layout against one line. This runs once per line of every file opened, so it
 * works on bytes, never builds strings for the usual level names, and stops at the first mismatch.
 */
final class PatternLineParser implements LineParser {

    private final Token[] tokens;
    private final TimestampParser timestamps;
    private final LevelTable levels;

    PatternLineParser(List<Token> tokens, TimestampParser timestamps, LevelTable levels) {
        this.tokens = tokens.toArray(Token[]::new);
        this.timestamps = timestamps;
        this.levels = levels;
    }

    @Override
    public boolean parse(byte[] b, int start, int end, ParsedLine out) {
        out.hasLevel = false;
        out.hasTime = false;
        out.levelWellKnown = false;
        out.levelId = LevelTable.NONE_ID;
        int pos = start;
        int fieldIndex = 0;
        for (int t = 0; t < tokens.length; t++) {
            Token token = tokens[t];
            if (token instanceof Token.Literal literal) {
                byte[] text = literal.bytes();
                if (!regionMatches(b, pos, end, text)) {
                    return false;
                }
                pos += text.length;
                continue;
            }
            Token.Field field = (Token.Field) token;
            if (field.width() > 0 && !field.leftAligned()) {
                pos = skipSpaces(b, pos, end);
            }
            int valueStart = pos;
            int valueEnd = matchField(field, b, pos, end, t, out);
            if (valueEnd < 0) {
                return false;
            }
            pos = valueEnd;
            if (field.width() > 0 && field.leftAligned()) {
                int padEnd = valueStart + field.width();
                while (pos < padEnd && pos < end && b[pos] == ' ') {
                    pos++;
                }
            }
            out.fieldStart[fieldIndex] = valueStart;
            out.fieldEnd[fieldIndex] = trimEnd(b, valueStart, valueEnd);
            fieldIndex++;
        }
        return pos >= end || isBlank(b, pos, end);
    }

    /** Returns the end of the field's value, or -1 when the line does not fit. */
    private int matchField(Token.Field field, byte[] b, int pos, int end, int tokenIndex, ParsedLine out) {
        switch (field.kind()) {
            case TIME: {
                int next = timestamps.parse(b, pos, end, out.time);
                out.hasTime = next >= 0;
                return next;
            }
            case MILLIS: {
                int next = scanDigits(b, pos, end);
                if (next < 0 || next - pos > 3) {
                    return -1;
                }
                int millis = 0;
                for (int i = pos; i < next; i++) {
                    millis = millis * 10 + (b[i] - '0');
                }
                out.time.nanos = millis * 1_000_000;
                out.time.fractionDigits = 3;
                return next;
            }
            case EPOCH: {
                int next = scanNumber(b, pos, end);
                if (next < 0 || !EpochTimes.fill(parseDouble(b, pos, next), out.time)) {
                    return -1;
                }
                out.hasTime = true;
                return next;
            }
            case LEVEL_NAME: {
                int next = pos;
                while (next < end && isWordByte(b[next])) {
                    next++;
                }
                if (next == pos) {
                    return -1;
                }
                out.levelWellKnown = LevelTable.isWellKnown(b, pos, next - pos);
                if (!out.levelWellKnown && !isUpperCase(b, pos, next)) {
                    return -1; // custom level names are upper case; "name:" or "pciBusID:" are text
                }
                out.levelId = levels.idOf(b, pos, next - pos);
                out.hasLevel = true;
                return next;
            }
            case LEVEL_NUMBER: {
                int next = scanDigits(b, pos, end);
                if (next < 0 || next - pos > 3) {
                    return -1;
                }
                out.levelId = levels.idOfNumber((long) parseDouble(b, pos, next));
                out.levelWellKnown = true;
                out.hasLevel = true;
                return next;
            }
            case INTEGER: {
                int from = pos < end && b[pos] == '-' ? pos + 1 : pos;
                return scanDigits(b, from, end);
            }
            case NUMBER:
                return scanNumber(b, pos, end);
            case TEXT:
                return textEnd(b, pos, end, tokenIndex, false);
            case MESSAGE:
                return textEnd(b, pos, end, tokenIndex, true);
            default:
                throw new IllegalStateException(field.kind().name());
        }
    }

    /** Text ends where the next literal starts: its first occurrence, or for a message its last. */
    private int textEnd(byte[] b, int pos, int end, int tokenIndex, boolean greedy) {
        if (tokenIndex + 1 >= tokens.length) {
            return end;
        }
        if (tokens[tokenIndex + 1] instanceof Token.Literal literal) {
            byte[] text = literal.bytes();
            return greedy ? lastIndexOf(b, pos, end, text) : indexOf(b, pos, end, text);
        }
        int next = pos;
        while (next < end && b[next] != ' ') {
            next++;
        }
        return next == pos ? -1 : next;
    }

    private static boolean regionMatches(byte[] b, int pos, int end, byte[] text) {
        if (end - pos < text.length) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (b[pos + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int end, byte[] text) {
        byte first = text[0];
        int last = end - text.length;
        for (int i = from; i <= last; i++) {
            if (b[i] == first && regionMatches(b, i, end, text)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, int from, int end, byte[] text) {
        for (int i = end - text.length; i >= from; i--) {
            if (regionMatches(b, i, end, text)) {
                return i;
            }
        }
        return -1;
    }

    private static int scanDigits(byte[] b, int pos, int end) {
        int next = pos;
        while (next < end && b[next] >= '0' && b[next] <= '9') {
            next++;
        }
        return next == pos ? -1 : next;
    }

    private static int scanNumber(byte[] b, int pos, int end) {
        int next = scanDigits(b, pos, end);
        if (next > 0 && next + 1 < end && b[next] == '.' && b[next + 1] >= '0' && b[next + 1] <= '9') {
            next = scanDigits(b, next + 1, end);
        }
        return next;
    }

    private static double parseDouble(byte[] b, int from, int to) {
        return Double.parseDouble(new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static int skipSpaces(byte[] b, int pos, int end) {
        while (pos < end && b[pos] == ' ') {
            pos++;
        }
        return pos;
    }

    private static int trimEnd(byte[] b, int start, int end) {
        while (end > start && b[end - 1] == ' ') {
            end--;
        }
        return end;
    }

    private static boolean isBlank(byte[] b, int pos, int end) {
        for (int i = pos; i < end; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperCase(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] >= 'a' && b[i] <= 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordByte(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
