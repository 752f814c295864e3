package dev.loglens.core.time;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * ISO 8601 and its everyday relatives: {@code 2024-10-10T11:46:39.123456Z},
 * Python's asctime {@code 2024-10-10 11:46:39,123}, and an offset such as {@code +02:00}, {@code +0200}
 * or {@code  +0000} (as strftime's {@code %z} writes it after a space).
 */
public final class IsoTimestampParser implements TimestampParser {

    public static final IsoTimestampParser INSTANCE = new IsoTimestampParser();

    private IsoTimestampParser() {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    @Override
    public int parse(byte[] b, int start, int end, TimeFields out) {
        int p = start;
        if (end - p < 16) {
            return -1;
        }
        long low = (long) LONGS.get(b, p);
        long high = (long) LONGS.get(b, p + 8);
        if (out.isoPrefixValid && low == out.isoPrefixLow && high == out.isoPrefixHigh) {
            int next = secondsAndMillis(b, p + 16, end, out);
            return next >= 0 ? next : parseSeconds(b, p + 16, end, out); // same minute as the line before
        }
        if (b[p + 4] != '-' || b[p + 7] != '-' || b[p + 13] != ':') {
            return -1;
        }
        byte t = b[p + 10];
        if (t != 'T' && t != ' ' && t != 't') {
            return -1;
        }
        out.clear();
        int year = digits(b, p, 4);
        int month = digits(b, p + 5, 2);
        int day = digits(b, p + 8, 2);
        int hour = digits(b, p + 11, 2);
        int minute = digits(b, p + 14, 2);
        if ((year | month | day | hour | minute) < 0) {
            return -1;
        }
        out.year = year;
        out.month = month;
        out.day = day;
        out.hour = hour;
        out.minute = minute;
        if (!out.isValid()) {
            return -1;
        }
        out.isoPrefixLow = low;
        out.isoPrefixHigh = high;
        out.isoPrefixValid = true;
        return parseSeconds(b, p + 16, end, out);
    }

    /**
     * The common case after a repeated minute: {@code :ss,mmm} or {@code :ss.mmm} followed by a byte that
     * cannot continue a timestamp. Returns -1 for anything else, which the general path then reads.
     */
    private static int secondsAndMillis(byte[] b, int p, int end, TimeFields out) {
        if (p + 8 > end || b[p] != ':' || (b[p + 3] != ',' && b[p + 3] != '.') || b[p + 7] != ' ' || out.hasOffset) {
            return -1;
        }
        int second = digits(b, p + 1, 2);
        int millis = digits(b, p + 4, 3);
        if (second < 0 || millis < 0 || second > 60 || (p + 9 <= end && (b[p + 8] == '+' || b[p + 8] == '-')
                && p + 10 <= end && isDigit(b[p + 9]))) {
            return -1;
        }
        out.second = second;
        out.nanos = millis * 1_000_000;
        out.fractionDigits = 3;
        return parseOffset(b, p + 7, end, out); // PostgreSQL's " UTC" ends its time as on the general path
    }

    /** Reads what follows the minute: optional seconds and fraction, then an optional offset. */
    private static int parseSeconds(byte[] b, int p, int end, TimeFields out) {
        out.second = 0;
        out.nanos = 0;
        out.fractionDigits = 0;
        out.hasOffset = false;
        out.offsetSeconds = 0;
        out.fromEpoch = false;
        if (p + 2 < end && b[p] == ':') {
            int second = digits(b, p + 1, 2);
            if (second < 0) {
                return -1;
            }
            out.second = second;
            p += 3;
            if (p + 1 < end && (b[p] == '.' || b[p] == ',') && isDigit(b[p + 1])) {
                p = parseFraction(b, p + 1, end, out);
            }
        }
        p = parseOffset(b, p, end, out);
        return out.second <= 60 ? p : -1;
    }

    /** Reads the digits of a fraction of a second at {@code p} into {@code out}; returns where they end. */
    public static int parseFraction(byte[] b, int p, int end, TimeFields out) {
        if (p + 3 <= end && (p + 3 == end || !isDigit(b[p + 3]))) {
            int millis = digits(b, p, 3);
            if (millis >= 0) { // the usual case: exactly milliseconds
                out.nanos = millis * 1_000_000;
                out.fractionDigits = 3;
                return p + 3;
            }
        }
        int nanos = 0;
        int count = 0;
        while (p < end && isDigit(b[p])) {
            if (count < 9) {
                nanos = nanos * 10 + (b[p] - '0');
            }
            count++;
            p++;
        }
        for (int i = count; i < 9; i++) {
            nanos *= 10;
        }
        out.nanos = nanos;
        out.fractionDigits = Math.min(count, 9);
        return p;
    }

    /** Reads an optional offset; returns the position after it, or {@code p} when there is none. */
    static int parseOffset(byte[] b, int p, int end, TimeFields out) {
        if (p < end && (b[p] == 'Z' || b[p] == 'z')) {
            out.hasOffset = true;
            out.offsetSeconds = 0;
            return p + 1;
        }
        boolean afterSpace = p < end && b[p] == ' ';
        int q = afterSpace ? p + 1 : p;
        if (afterSpace && end - q == 3 && (isText(b, q, "UTC") || isText(b, q, "GMT"))) {
            // A zone name that ends the time's text (PostgreSQL's %m); followed by more text it may be a word.
            out.hasOffset = true;
            out.offsetSeconds = 0;
            return end;
        }
        if (q + 3 > end || (b[q] != '+' && b[q] != '-')) {
            return p;
        }
        int hours = digits(b, q + 1, 2);
        if (hours < 0 || hours > 18) {
            return p;
        }
        int r = q + 3;
        int minutes = 0;
        if (r + 3 <= end && b[r] == ':' && digits(b, r + 1, 2) >= 0) {
            minutes = digits(b, r + 1, 2);
            r += 3;
        } else if (r + 2 <= end && digits(b, r, 2) >= 0) {
            minutes = digits(b, r, 2);
            r += 2;
        }
        // After a space only strftime's compact %z (+hhmm) is an offset; anything else is message text.
        if (minutes > 59 || (r < end && isDigit(b[r])) || (afterSpace && r - q != 5)) {
            return p;
        }
        out.hasOffset = true;
        int seconds = hours * 3600 + minutes * 60;
        out.offsetSeconds = b[q] == '-' ? -seconds : seconds;
        return r;
    }

    /** Whether the ASCII {@code text} is at {@code p} (the caller knows there is room for it). */
    static boolean isText(byte[] b, int p, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[p + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The value of {@code count} ASCII digits at {@code p}, or -1 if any is not a digit. */
    static int digits(byte[] b, int p, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            int d = b[p + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
