package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.util.List;

/** The fallback when no format fits: every line is a record of its own, with no level and no time. */
public final class PlainTextFormat extends NamedFormat {

    public static final PlainTextFormat INSTANCE = new PlainTextFormat();

    private PlainTextFormat() {
        super("plain", "Plain text (one record per line)", List.of(FieldNames.MESSAGE));
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return (buf, start, end, out) -> {
            out.levelId = LevelTable.NONE_ID;
            out.hasLevel = false;
            out.hasTime = false;
            out.fieldStart[0] = start;
            out.fieldEnd[0] = end;
            return true;
        };
    }

    @Override
    public int specificity() {
        return 0;
    }
}
