package dev.loglens.core.index;

import dev.loglens.core.format.ByteNeedle;

/**
 * Decides, while a file is indexed, which records to pick (for one scanner thread): first on a record's level
 * and time, so that a record that cannot pass is never copied, then on its text, which the scanner holds whole.
 * Its verdicts must be those of a filter run over the finished index, record for record.
 */
public interface RecordPicker {

    /**
     * The most of a record's text that is looked at, as in a filter run over an index: a longer record is
     * judged by its head.
     */
    int MAX_TEXT_BYTES = 16 << 20;

    /** Whether a record of this level id and wall-clock time can pass; the level table may still be growing. */
    boolean passesLevelAndTime(int levelId, long wallMillis);

    /** Whether {@link #passesText} looks at anything; when not, every record that passes level and time is picked. */
    boolean readsText();

    /**
     * The text checks, on a record's text {@code b[from, to)}: without the NULs that copytruncate can leave
     * before it, without its final line terminator, and at most {@link #MAX_TEXT_BYTES} long.
     */
    boolean passesText(byte[] b, int from, int to);

    /**
     * Bytes that the text of every record this picker picks holds, for a reader that skips the records without
     * them and judges a record on its own lines alone ({@link LiteralFirstPicking}); null when there are none, or
     * when a verdict needs the records before (a time bound: a time without a year is completed from the times
     * before it).
     */
    default ByteNeedle literalForSkipping() {
        return null;
    }
}
