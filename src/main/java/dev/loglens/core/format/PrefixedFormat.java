package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimestampParser;
import java.util.List;

/**
 * A format whose lines another program prefixed (docker compose with a service's name, Ray with a worker's):
 * each line is read by the inner format after the prefix, and the format is otherwise the inner one.
 */
abstract class PrefixedFormat implements LogFormat {

    protected final LogFormat inner;

    PrefixedFormat(LogFormat inner) {
        this.inner = inner;
    }

    /** {@code parser} reading a prefixed line. */
    protected abstract LineParser afterPrefix(LineParser parser);

    @Override
    public LineParser newParser(LevelTable levels) {
        return afterPrefix(inner.newParser(levels));
    }

    @Override
    public LineParser newLevelLineParser(LevelTable levels) {
        LineParser levelLine = inner.newLevelLineParser(levels);
        return levelLine == null ? null : afterPrefix(levelLine);
    }

    @Override
    public int specificity() {
        return inner.specificity();
    }

    @Override
    public boolean hasRecordKey() {
        return inner.hasRecordKey();
    }

    @Override
    public List<TimestampParser> timeLayouts() {
        return inner.timeLayouts();
    }

    @Override
    public boolean oneLineRecords() {
        return inner.oneLineRecords();
    }
}
