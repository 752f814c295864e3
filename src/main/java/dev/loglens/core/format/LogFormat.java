package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimestampParser;
import java.util.List;

/** A way of writing log records, such as one Python {@code logging} layout or JSON Lines. */
public interface LogFormat {

    /** Short stable id, as {@code stats} prints it. */
    String id();

    /** Human-readable description. */
    String name();

    /** The fields a record of this format has, in the order of {@link ParsedLine#fieldStart}. */
    List<String> fieldNames();

    /** A new parser for one thread; levels found are registered in {@code levels}. */
    LineParser newParser(LevelTable levels);

    /** How specific the format is: among formats that match equally well, the most specific wins. */
    int specificity();

    /**
     * For formats whose level is written on the line after the record's first (java.util.logging's
     * SimpleFormatter): a parser that reads that line's level, or null for the usual one-line formats.
     */
    default LineParser newLevelLineParser(LevelTable levels) {
        return null;
    }

    /**
     * Whether the format's lines carry a key that every line of a record repeats (npm's debug log numbers its
     * records, and a message of several lines repeats the number on each): a line read with the same key as
     * the line before continues its record. The parser then sets {@link ParsedLine#recordKey}.
     */
    default boolean hasRecordKey() {
        return false;
    }

    /**
     * The ids of formats whose lines this one's files often carry too (Gin's start-up lines, then its request
     * log): one line one of them reads is enough for detection to mix it in.
     */
    default List<String> mixesWith() {
        return List.of();
    }

    /**
     * Whether other programs' logs often carry a line or two of this layout among their own (Python's basicConfig
     * layout, which libraries such as torch.distributed write whatever the script's own layout is): one line of
     * it with a known level is then enough for detection to mix it in.
     */
    default boolean isCompanion() {
        return false;
    }

    /**
     * Whether the layout is so plain that other programs' logs fit it too ({@code %(asctime)s %(levelname)s
     * %(message)s} reads log4j's lines): detection then never takes it without comparing it with every format.
     */
    default boolean isBroad() {
        return false;
    }

    /** The layouts the format writes its time in, so that a time a user types can be read as the file writes it. */
    default List<TimestampParser> timeLayouts() {
        return List.of();
    }

    /**
     * Whether every line is a record of its own (access logs, Apache's error log): a line that does not fit
     * is then a record with no level or time, not the continuation of the record before.
     */
    default boolean oneLineRecords() {
        return false;
    }
}
