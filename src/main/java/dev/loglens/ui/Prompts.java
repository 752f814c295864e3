package dev.loglens.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Small questions the user answers with one line of text (a line number, a time). */
final class Prompts {

    private Prompts() {
    }

    static Optional<Long> number(Window owner, String title, String question) {
        return ask(owner, title, question, "number").flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text.replace(",", "").replace("_", "").strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** A time as written in the log, as the index's wall-clock millis; a time of day alone is on {@code day}. */
    static Optional<Long> wallTime(Window owner, String title, String question, LocalDate day) {
        return ask(owner, title, question, "time").flatMap(text -> parseWallTime(text, day));
    }

    /**
     * Reads {@code 2024-10-10 11:46}, {@code 2024-10-10T11:46:39.123} or {@code 11:46:39} (on {@code day});
     * the result counts milliseconds of the time as written, as {@link dev.loglens.core.time.TimeFields} does.
     */
    static Optional<Long> parseWallTime(String text, LocalDate day) {
        String t = text.strip().replace(' ', 'T').replace(',', '.');
        try {
            LocalDateTime time = t.contains("T") ? LocalDateTime.parse(t.length() == 13 ? t + ":00" : t)
                    : t.contains(":") ? LocalDateTime.of(day, LocalTime.parse(t))
                    : LocalDate.parse(t).atStartOfDay();
            return Optional.of(time.toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> ask(Window owner, String title, String question, String id) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        dialog.getEditor().setId("prompt-" + id);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog.showAndWait().filter(answer -> !answer.isBlank());
    }
}
