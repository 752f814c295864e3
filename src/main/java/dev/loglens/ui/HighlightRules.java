package dev.loglens.ui;

import dev.loglens.core.query.RegexTimeoutException;
import dev.loglens.core.query.TextMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's highlight rules, compiled: the first rule whose regular expression matches a row's first line
 * gives the row its colour. Matched on the row loader's thread, never on the JavaFX thread. A rule whose
 * expression is invalid is left out (the dialog does not let one be saved).
 */
final class HighlightRules {

    static final HighlightRules NONE = new HighlightRules(List.of());

    private record Compiled(TextMatcher matcher, String color) {
    }

    private final List<Compiled> rules;

    private HighlightRules(List<Compiled> rules) {
        this.rules = rules;
    }

    static HighlightRules of(List<HighlightRule> rules) {
        List<Compiled> compiled = new ArrayList<>();
        for (HighlightRule rule : rules) {
            try {
                compiled.add(new Compiled(TextMatcher.regex(rule.regex(), false), rule.color()));
            } catch (IllegalArgumentException invalid) {
                // skipped: see the class comment
            }
        }
        return new HighlightRules(List.copyOf(compiled));
    }

    /** The colour of the first rule that matches the line, or null. */
    String colorOf(String line) {
        for (Compiled rule : rules) {
            try {
                if (rule.matcher().find(line, 0) != null) {
                    return rule.color();
                }
            } catch (RegexTimeoutException slow) {
                return null;
            }
        }
        return null;
    }
}
