package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.EpochTimes;
import dev.loglens.core.time.TimestampParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Matches a token layout against one line. This runs once per line of every file opened, so the
 * layout is flattened into primitive arrays, the matcher works on bytes, builds no strings for the
 * usual level names, and stops at the first mismatch.
 */
final class PatternLineParser implements LineParser {

    private static final int LITERAL = -1;

    /** Per token: {@link #LITERAL} or the ordinal of its {@link Token.FieldKind}. */
    private final int[] kinds;
    /** Per token: the literal's bytes, or for a field the literal right after it (null if none). */
    private final byte[][] literals;
    /** Per literal of up to eight bytes: its bytes packed little-endian, and the mask of those bytes. */
    private final long[] packedLiterals;
    private final long[] literalMasks;
    private final int[] widths;
    private final boolean[] leftAligned;
    private final int[] precisions;
    private final TimestampParser timestamps;
    /** Tried when {@link #timestamps} does not read the time; null when there is nothing else to try. */
    private final TimestampParser otherTimes;
    private final LevelTable levels;

    PatternLineParser(List<Token> tokens, TimestampParser timestamps, TimestampParser otherTimes, LevelTable levels) {
        int n = tokens.size();
        kinds = new int[n];
        literals = new byte[n][];
        widths = new int[n];
        leftAligned = new boolean[n];
        precisions = new int[n];
        packedLiterals = new long[n];
        literalMasks = new long[n];
        for (int t = 0; t < n; t++) {
            Token token = tokens.get(t);
            if (token instanceof Token.Literal literal) {
                kinds[t] = LITERAL;
                literals[t] = literal.bytes();
                int length = literal.bytes().length;
                if (length <= 8) {
                    for (int k = 0; k < length; k++) {
                        packedLiterals[t] |= (literal.bytes()[k] & 0xFFL) << (8 * k);
                    }
                    literalMasks[t] = LOW_BYTES[length];
                }
            } else {
                Token.Field field = (Token.Field) token;
                kinds[t] = field.kind().ordinal();
                widths[t] = field.width();
                leftAligned[t] = field.leftAligned();
                precisions[t] = field.precision();
                if (t + 1 < n && tokens.get(t + 1) instanceof Token.Literal next) {
                    literals[t] = next.bytes();
                }
            }
        }
        this.timestamps = timestamps;
        this.otherTimes = otherTimes == null ? null : otherTimes.forOneReader();
        this.levels = levels;
    }

    private static final int TIME = Token.FieldKind.TIME.ordinal();
    private static final int MILLIS = Token.FieldKind.MILLIS.ordinal();
    private static final int EPOCH = Token.FieldKind.EPOCH.ordinal();
    private static final int LEVEL_NAME = Token.FieldKind.LEVEL_NAME.ordinal();
    private static final int LEVEL_NUMBER = Token.FieldKind.LEVEL_NUMBER.ordinal();
    private static final int INTEGER = Token.FieldKind.INTEGER.ordinal();
    private static final int NUMBER = Token.FieldKind.NUMBER.ordinal();
    private static final int TEXT = Token.FieldKind.TEXT.ordinal();
    private static final int MESSAGE = Token.FieldKind.MESSAGE.ordinal();

    @Override
    public boolean parse(byte[] b, int start, int end, ParsedLine out) {
        out.hasLevel = false;
        out.hasTime = false;
        out.levelWellKnown = false;
        out.levelId = LevelTable.NONE_ID;
        int pos = start;
        int fieldIndex = 0;
        int foundLiteralAt = -1; // where a field's search already found the literal that follows it
        for (int t = 0; t < kinds.length; t++) {
            int kind = kinds[t];
            if (kind == LITERAL) {
                byte[] text = literals[t];
                if (pos != foundLiteralAt && !literalAt(t, b, pos, end)) {
                    return false;
                }
                pos += text.length;
                continue;
            }
            int width = widths[t];
            if (width > 0 && !leftAligned[t]) {
                pos = skipSpaces(b, pos, end);
            }
            int valueStart = pos;
            int valueEnd = matchField(kind, t, b, pos, end, out);
            if (valueEnd < 0) {
                return false;
            }
            pos = valueEnd;
            if (literals[t] != null && (kind == TEXT || kind == LEVEL_NAME)) {
                foundLiteralAt = valueEnd;
            }
            if (width > 0 && leftAligned[t]) {
                int padEnd = valueStart + width;
                while (pos < padEnd && pos < end && b[pos] == ' ') {
                    pos++;
                }
            }
            if (out.wantFields) {
                out.fieldStart[fieldIndex] = valueStart;
                out.fieldEnd[fieldIndex] = trimEnd(b, valueStart, valueEnd);
            }
            fieldIndex++;
        }
        return pos >= end || isBlank(b, pos, end);
    }

    /** Returns the end of the field's value, or -1 when the line does not fit. Kept small so the JIT inlines it. */
    private int matchField(int kind, int t, byte[] b, int pos, int end, ParsedLine out) {
        if (kind == MESSAGE) {
            return literals[t] == null ? end : lastIndexOf(b, pos, end, literals[t]);
        } else if (kind == TEXT) {
            if (pos < end && b[pos] == ' ') {
                return -1; // no logger, thread or file name starts with a blank: "warning: [options] x:" is javac's
            }
            return literals[t] == null ? wordEnd(b, pos, end) : nextLiteral(t + 1, b, pos, end);
        } else if (kind == TIME) {
            return matchTime(b, pos, end, out);
        } else if (kind == LEVEL_NAME) {
            if (precisions[t] > 0) {
                return cutLevelName(precisions[t], b, pos, end, out);
            }
            return literals[t] == null ? levelName(b, pos, end, out) : levelBefore(t + 1, b, pos, end, out);
        }
        return matchNumericField(kind, b, pos, end, out);
    }

    private int matchTime(byte[] b, int pos, int end, ParsedLine out) {
        int next = timestamps.parse(b, pos, end, out.time);
        if (next < 0 && otherTimes != null) {
            next = otherTimes.parse(b, pos, end, out.time);
        }
        out.hasTime = next >= 0;
        return next;
    }

    private int matchNumericField(int kind, byte[] b, int pos, int end, ParsedLine out) {
        if (kind == MILLIS) {
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
        } else if (kind == EPOCH) {
            int next = scanNumber(b, pos, end);
            if (next < 0 || !EpochTimes.fill(b, pos, next, out.time)) {
                return -1;
            }
            out.hasTime = true;
            return next;
        } else if (kind == LEVEL_NUMBER) {
            int next = scanDigits(b, pos, end);
            if (next < 0 || next - pos > 3) {
                return -1;
            }
            out.levelId = levels.idOfNumber((long) parseDouble(b, pos, next));
            out.levelWellKnown = true;
            out.hasLevel = true;
            return next;
        } else if (kind == INTEGER) {
            return scanDigits(b, pos < end && b[pos] == '-' ? pos + 1 : pos, end);
        } else if (kind == NUMBER) {
            return scanNumber(b, pos, end);
        }
        throw new IllegalStateException("field kind " + kind);
    }

    /**
     * A level followed by a literal: find the literal eight bytes at a time, then look the name up from one
     * masked 8-byte load, with no loop over its letters (their random lengths would cost a mispredicted
     * branch on every line). Unusual names take the byte-by-byte path.
     */
    private int levelBefore(int literalToken, byte[] b, int pos, int end, ParsedLine out) {
        int literalAt = nextLiteral(literalToken, b, pos, end);
        if (literalAt < 0) {
            return -1;
        }
        int len = literalAt - pos;
        if (len >= 3 && len <= 8 && pos + 8 <= b.length) {
            long key = (long) LONGS.get(b, pos) & LOW_BYTES[len] & UPPER_CASE;
            int known = LevelTable.wellKnownId(key, len);
            if (known >= 0) {
                out.levelId = (byte) known;
                out.levelWellKnown = true;
                out.hasLevel = true;
                return literalAt;
            }
        }
        int next = levelName(b, pos, end, out);
        if (next < 0) {
            return -1;
        }
        int padded = next;
        while (padded < literalAt && b[padded] == ' ') {
            padded++;
        }
        return padded == literalAt ? literalAt : -1; // the caller trims the padding off the value
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long UPPER_CASE = 0xDFDFDFDFDFDFDFDFL;
    private static final long[] LOW_BYTES = new long[9];

    static {
        for (int len = 1; len <= 8; len++) {
            LOW_BYTES[len] = len == 8 ? -1L : (1L << (8 * len)) - 1;
        }
    }

    private int levelName(byte[] b, int pos, int end, ParsedLine out) {
        int next = pos;
        long key = 0;
        while (next < end && isWordByte(b[next])) {
            key |= (long) (b[next] & 0xDF) << ((next - pos) << 3);
            next++;
        }
        if (next == pos) {
            return -1;
        }
        int known = next - pos <= 8 ? LevelTable.wellKnownId(key, next - pos) : -1;
        if (known >= 0) {
            out.levelId = (byte) known;
            out.levelWellKnown = true;
        } else {
            boolean ranked = next - pos >= 3 && LevelTable.isWellKnown(b, pos, next - pos);
            if (!ranked && (next - pos < 3 || !LineWords.isCapitals(b, pos, next))) {
                // Custom level names are upper-case words ("SUCCESS", "AUDIT") or ranked ones in any case (sbt's
                // "[success]"): "name:", "pciBusID:", the "TP:" of a metrics line, the "AM" of a 12-hour clock or
                // a "[4012]" pid are text.
                return -1;
            }
            out.levelId = levels.idOf(b, pos, next - pos);
            out.levelWellKnown = ranked;
        }
        out.hasLevel = true;
        return next;
    }

    /**
     * A level name cut to {@code precision} characters ({@code %(levelname).1s} writes {@code W},
     * {@code %(levelname)-5.5s} writes {@code WARNI}): the standard level it is the start of, or the name itself
     * when whole.
     */
    private int cutLevelName(int precision, byte[] b, int pos, int end, ParsedLine out) {
        int next = pos;
        while (next < end && next - pos < precision && b[next] >= 'A' && b[next] <= 'Z') {
            next++;
        }
        int known = next - pos == precision ? LevelTable.standardLevelStartingWith(b, pos, next - pos) : -1;
        if (known < 0) {
            known = next > pos ? LevelTable.wellKnownId(b, pos, next - pos) : -1;
        }
        if (known < 0) {
            return -1;
        }
        out.levelId = (byte) known;
        out.levelWellKnown = true;
        out.hasLevel = true;
        return next;
    }

    /** Whether literal token {@code t} is at {@code pos}: one masked 8-byte compare for short literals. */
    private boolean literalAt(int t, byte[] b, int pos, int end) {
        byte[] text = literals[t];
        if (literalMasks[t] != 0 && pos + 8 <= b.length) {
            return end - pos >= text.length && ((long) LONGS.get(b, pos) & literalMasks[t]) == packedLiterals[t];
        }
        return regionMatches(b, pos, end, text);
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

    /** Where literal token {@code t} next occurs at or after {@code from}, or -1. */
    private int nextLiteral(int t, byte[] b, int from, int end) {
        byte[] text = literals[t];
        int last = end - text.length;
        int i = from;
        while (i <= last) {
            i = Bytes.indexOf(b, text[0], i, last + 1);
            if (i < 0) {
                return -1;
            }
            if (literalAt(t, b, i, end)) {
                return i;
            }
            i++;
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

    /** Text ends at the next space when a field follows with no literal between. */
    private static int wordEnd(byte[] b, int pos, int end) {
        int next = pos;
        while (next < end && b[next] != ' ') {
            next++;
        }
        return next == pos ? -1 : next;
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
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
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

    private static boolean isWordByte(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
