package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.TimestampParser;
import java.util.ArrayList;
import java.util.List;

/** A format described as a sequence of tokens, matched left to right over the raw bytes of a line. */
public final class PatternFormat extends NamedFormat {

    private final List<Token> tokens;
    private final TimestampParser timestamps;
    private final TimestampParser otherTimes;

    /**
     * @param timestamps how the time field is written
     * @param otherTimes how else it may be written, tried when {@code timestamps} does not read it; or null
     */
    public PatternFormat(String id, String name, List<Token> tokens, TimestampParser timestamps,
                         TimestampParser otherTimes) {
        super(id, name, fieldNamesOf(tokens));
        if (tokens.size() > ParsedLine.maxFields() || tokens.isEmpty()) {
            throw new IllegalArgumentException("a layout needs 1 to " + ParsedLine.maxFields() + " parts: " + id);
        }
        this.tokens = List.copyOf(tokens);
        this.timestamps = timestamps;
        this.otherTimes = otherTimes;
    }

    private static List<String> fieldNamesOf(List<Token> tokens) {
        List<String> names = new ArrayList<>();
        for (Token token : tokens) {
            if (token instanceof Token.Field field) {
                names.add(field.name());
            }
        }
        return names;
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return new PatternLineParser(tokens, timestamps, otherTimes, levels);
    }

    @Override
    public List<TimestampParser> timeLayouts() {
        return otherTimes == null ? List.of(timestamps) : List.of(timestamps, otherTimes);
    }

    @Override
    public int specificity() {
        int score = 0;
        for (Token token : tokens) {
            score += token instanceof Token.Literal literal ? literal.bytes().length : 2;
        }
        return score;
    }
}
