package dev.loglens.core.time;

/** Epoch numbers as JSON loggers write them: seconds (with a fraction), milliseconds, micro- or nanoseconds. */
public final class EpochTimes {

    private static final double MILLIS_THRESHOLD = 1e11;
    private static final double MICROS_THRESHOLD = 1e14;
    private static final double NANOS_THRESHOLD = 1e17;

    private EpochTimes() {
    }

    /**
     * Fills {@code out} from an epoch number written as digits with an optional fraction ({@code
     * 1650203458.4853199}), keeping every written digit down to the nanosecond, as a double cannot; the unit
     * is guessed from the size of the whole part. False if {@code [from, to)} is not such a number or is out
     * of range.
     */
    public static boolean fill(byte[] b, int from, int to, TimeFields out) {
        long whole = 0;
        int p = from;
        for (; p < to && b[p] >= '0' && b[p] <= '9'; p++) {
            if (whole > (Long.MAX_VALUE - 9) / 10) {
                return false;
            }
            whole = whole * 10 + (b[p] - '0');
        }
        if (p == from) {
            return false;
        }
        long fraction = 0; // the first nine digits after the point, as nanos of one unit
        int fractionDigits = 0;
        if (p < to && b[p] == '.') {
            for (p++; p < to && b[p] >= '0' && b[p] <= '9'; p++) {
                if (fractionDigits < 9) {
                    fraction = fraction * 10 + (b[p] - '0');
                    fractionDigits++;
                }
            }
        }
        if (p != to || whole == 0 && fraction == 0) {
            return false;
        }
        for (int i = fractionDigits; i < 9; i++) {
            fraction *= 10;
        }
        if (whole >= NANOS_THRESHOLD) {
            out.setEpoch(Math.floorDiv(whole, 1_000_000L), (int) Math.floorMod(whole, 1_000_000L), 9);
        } else if (whole >= MICROS_THRESHOLD) {
            out.setEpoch(whole / 1000, (int) (whole % 1000) * 1000 + (int) (fraction / 1_000_000), Math.min(9, 6 + fractionDigits));
        } else if (whole >= MILLIS_THRESHOLD) {
            out.setEpoch(whole, (int) (fraction / 1000), Math.min(9, 3 + fractionDigits));
        } else {
            out.setEpoch(whole * 1000 + fraction / 1_000_000, (int) (fraction % 1_000_000), fractionDigits);
        }
        return true;
    }

    /** Fills {@code out} from an epoch number whose unit is guessed from its size; false if out of range. */
    public static boolean fill(double value, TimeFields out) {
        if (!(value > 0) || value >= 1e20) {
            return false;
        }
        if (value < MILLIS_THRESHOLD) {
            long millis = (long) Math.floor(value * 1000.0);
            boolean hasFraction = value != Math.floor(value);
            out.setEpoch(millis, 0, hasFraction ? 3 : 0);
        } else if (value < MICROS_THRESHOLD) {
            out.setEpoch((long) value, 0, 3);
        } else if (value < NANOS_THRESHOLD) {
            long micros = (long) value;
            out.setEpoch(Math.floorDiv(micros, 1000L), (int) Math.floorMod(micros, 1000L) * 1000, 6);
        } else {
            long nanos = (long) value;
            out.setEpoch(Math.floorDiv(nanos, 1_000_000L), (int) Math.floorMod(nanos, 1_000_000L), 9);
        }
        return true;
    }
}
