package dev.loglens.ui;

import dev.loglens.core.time.TypedTimes;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
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

    static Optional<Long> parseWallTime(String text, LocalDate day) {
        OptionalLong millis = TypedTimes.wallMillis(text, day);
        return millis.isPresent() ? Optional.of(millis.getAsLong()) : Optional.empty();
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
