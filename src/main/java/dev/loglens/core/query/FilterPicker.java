package dev.loglens.core.query;

import dev.loglens.core.format.ByteNeedle;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.index.RecordPicker;
import dev.loglens.core.level.Level;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimeFields;
import java.util.function.Predicate;

/**
 * A {@link RecordFilter} applied while a file is indexed (for one scanner thread): its time, text and logger
 * checks, with the levels chosen by a rule on the level itself, as level ids are handed out while the file is
 * read. Its verdicts are a {@link FilterRun}'s over the finished index.
 */
public final class FilterPicker implements RecordPicker {

    private static final byte UNKNOWN = 0;
    private static final byte SHOWN = 1;
    private static final byte HIDDEN = 2;

    private final RecordFilter filter;
    private final Predicate<Level> levelRule;
    private final LevelTable levels;
    /** The rule's verdict per level id, filled as ids are met. */
    private final byte[] levelVerdicts = new byte[256];
    private final boolean bounded;
    private final boolean readsText;
    private final LoggerField logger;

    /** {@code filter}'s level choice is not used: {@code levelRule} picks the levels. */
    public FilterPicker(RecordFilter filter, Predicate<Level> levelRule, RecordIndex index) {
        this.filter = filter;
        this.levelRule = levelRule;
        this.levels = index.levels();
        this.bounded = filter.fromMillis() != RecordFilter.NO_LOWER_BOUND
                || filter.untilMillis() != RecordFilter.NO_UPPER_BOUND;
        this.logger = filter.needsLogger() ? new LoggerField(index) : null;
        this.readsText = filter.needsText() || logger != null;
    }

    @Override
    public boolean passesLevelAndTime(int levelId, long wallMillis) {
        int id = levelId & 0xFF;
        if (levelVerdicts[id] == UNKNOWN) {
            levelVerdicts[id] = levelRule.test(levels.level(id)) ? SHOWN : HIDDEN;
        }
        if (levelVerdicts[id] == HIDDEN) {
            return false;
        }
        return !bounded || wallMillis != TimeFields.NO_TIME
                && wallMillis >= filter.fromMillis() && wallMillis < filter.untilMillis();
    }

    @Override
    public boolean readsText() {
        return readsText;
    }

    @Override
    public ByteNeedle literalForSkipping() {
        return bounded ? null : filter.requiredLiteral();
    }

    @Override
    public boolean passesText(byte[] b, int from, int to) {
        try {
            return filter.passesTerms(b, from, to)
                    && (logger == null || logger.find(b, from, to) && filter.passesLogger(b, logger.start(), logger.end()));
        } catch (RegexTimeoutException e) {
            throw e.onRecordStarting(b, from, to);
        }
    }
}
