package dev.loglens.core.query;

import dev.loglens.core.task.Cancellation;
import java.util.regex.Pattern;

/**
 * Text that {@link Pattern} reads through {@link #charAt}, which checks the clock and the
 * cancellation flag every few thousand calls. A backtracking expression reads characters all the time it
 * runs, so this bounds it however it is written: the JDK offers no timeout of its own, and interrupting the
 * thread does not stop a matcher.
 */
final class GuardedText implements CharSequence {

    /** Calls between checks: {@code System.nanoTime} costs about as much as a few dozen reads. */
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final long deadline;
    private final Cancellation cancellation;
    private int untilCheck = CHECK_EVERY;

    GuardedText(String text, long timeoutNanos, Cancellation cancellation) {
        this.text = text;
        this.deadline = System.nanoTime() + timeoutNanos;
        this.cancellation = cancellation;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck == 0) {
            untilCheck = CHECK_EVERY;
            cancellation.throwIfCancelled();
            if (System.nanoTime() - deadline > 0) {
                throw new RegexTimeoutException("takes too long");
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** Unguarded: the matcher asks for sub-sequences only to hand a match out, not while searching. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
