package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
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
}
