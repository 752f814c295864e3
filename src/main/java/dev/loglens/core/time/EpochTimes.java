package dev.loglens.core.time;

/** Epoch numbers as JSON loggers write them: seconds (with a fraction), milliseconds, micro- or nanoseconds. */
public final class EpochTimes {

    private static final double MILLIS_THRESHOLD = 1e11;
    private static final double MICROS_THRESHOLD = 1e14;
    private static final double NANOS_THRESHOLD = 1e17;

    private EpochTimes() {
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
