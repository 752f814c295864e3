package dev.loglens.ui;

import dev.loglens.core.query.TextMatcher;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The find bar (Ctrl+F): a term, regex and case options, next and previous. Matches are highlighted in the
 * rows; Enter finds the next, Shift+Enter the previous, Escape closes the bar.
 */
final class FindBar extends HBox {

    /** The find bar's keys, for Help and the README (the menus hold the others). */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Find Next (in the find bar)", "Enter"},
            new String[] {"Find Previous (in the find bar)", "Shift+Enter"},
            new String[] {"Close the find bar", "Escape"});

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** What the bar asks of the view. */
    interface Target {
        void highlight(TextMatcher matcher);

        void find(TextMatcher matcher, boolean forward);

        void closeFind();
    }

    private final TextField term = new TextField();
    private final ToggleButton regex = new ToggleButton(".*");
    private final ToggleButton caseSensitive = new ToggleButton("Aa");
    private final Label status = new Label();
    private final Target target;

    FindBar(Target target) {
        this.target = target;
        getStyleClass().add("find-bar");
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        term.setId("find-term");
        term.setPromptText("Find");
        term.setPrefColumnCount(30);
        regex.setId("find-regex");
        regex.setTooltip(new Tooltip("Regular expression"));
        caseSensitive.setId("find-case");
        caseSensitive.setTooltip(new Tooltip("Match case"));
        Button previous = new Button("▲");
        previous.setId("find-previous");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter, Shift+F3)"));
        previous.setOnAction(e -> find(false));
        Button next = new Button("▼");
        next.setId("find-next");
        next.setTooltip(new Tooltip("Next match (Enter, F3)"));
        next.setOnAction(e -> find(true));
        Button close = new Button("✕");
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setOnAction(e -> target.closeFind());
        status.getStyleClass().add("find-status");
        term.textProperty().addListener((obs, old, text) -> highlight());
        regex.setOnAction(e -> highlight());
        caseSensitive.setOnAction(e -> highlight());
        term.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                target.closeFind();
                e.consume();
            }
        });
        getChildren().addAll(new Label("Find"), term, regex, caseSensitive, previous, next, status, close);
    }

    void focusTerm() {
        term.requestFocus();
        term.selectAll();
    }

    void showStatus(String text) {
        status.setText(text);
    }

    /** The term as a matcher; empty when there is none or it is not a valid expression (then said so). */
    Optional<TextMatcher> matcher() {
        String text = term.getText();
        term.pseudoClassStateChanged(INVALID, false);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(regex.isSelected() ? TextMatcher.regex(text, caseSensitive.isSelected())
                    : TextMatcher.literal(text, caseSensitive.isSelected()));
        } catch (IllegalArgumentException e) {
            term.pseudoClassStateChanged(INVALID, true);
            status.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private void highlight() {
        status.setText("");
        target.highlight(matcher().orElse(null));
    }

    /** Finds from the selected row on; F3 and Shift+F3 come here too. */
    void find(boolean forward) {
        matcher().ifPresent(m -> target.find(m, forward));
    }
}
