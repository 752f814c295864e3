package dev.loglens.ui;

/** A user's rule: rows whose first line matches {@code regex} get {@code color} (a CSS colour) as background. */
record HighlightRule(String regex, String color) {
}
