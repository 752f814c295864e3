package dev.loglens.ui;

import dev.loglens.core.level.Level;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;

/**
 * The CSS pseudo-class of each level, so that colours live in the stylesheet. A level LogLens does not
 * know by name takes the style of the canonical level at or below its severity.
 */
final class LevelStyle {

    static final List<Level> STYLED = List.of(Level.CRITICAL, Level.ERROR, Level.WARNING, Level.NOTICE, Level.INFO,
            Level.DEBUG, Level.TRACE);
    private static final PseudoClass[] CLASSES = STYLED.stream()
            .map(level -> PseudoClass.getPseudoClass(level.name().toLowerCase(Locale.ROOT)))
            .toArray(PseudoClass[]::new);

    private LevelStyle() {
    }

    /** The pseudo-class for a level, or null for records with no level. */
    static PseudoClass of(Level level) {
        if (level.severity() <= 0) {
            return null;
        }
        for (int i = 0; i < STYLED.size(); i++) {
            if (level.severity() >= STYLED.get(i).severity()) {
                return CLASSES[i];
            }
        }
        return CLASSES[CLASSES.length - 1];
    }

    static List<PseudoClass> all() {
        return List.of(CLASSES);
    }
}
