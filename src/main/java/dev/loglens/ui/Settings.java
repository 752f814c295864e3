package dev.loglens.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * What LogLens remembers between runs: recent files (newest first), the theme and the user's highlight
 * rules. Immutable; the withers return changed copies. Unknown keys from newer versions are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Settings(List<String> recentFiles, String theme, List<HighlightRule> highlights) {

    static final int MAX_RECENT = 10;
    static final String LIGHT = "light";
    static final String DARK = "dark";

    Settings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        theme = DARK.equals(theme) ? DARK : LIGHT;
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    static Settings defaults() {
        return new Settings(List.of(), LIGHT, List.of());
    }

    /** The file moved to the top of the recent files, the oldest dropped past {@link #MAX_RECENT}. */
    Settings withRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.add(0, file);
        return new Settings(recent.subList(0, Math.min(recent.size(), MAX_RECENT)), theme, highlights);
    }

    Settings withTheme(String newTheme) {
        return new Settings(recentFiles, newTheme, highlights);
    }

    Settings withHighlights(List<HighlightRule> rules) {
        return new Settings(recentFiles, theme, rules);
    }

    boolean dark() {
        return DARK.equals(theme);
    }
}
