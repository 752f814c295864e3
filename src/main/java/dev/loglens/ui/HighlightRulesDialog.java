package dev.loglens.ui;

import dev.loglens.core.query.TextMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * View → Highlight Rules…: rows whose first line matches a regular expression get a background colour. The
 * first matching rule wins; an invalid expression is marked and cannot be saved.
 */
final class HighlightRulesDialog extends Dialog<List<HighlightRule>> {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final Color DEFAULT_COLOR = Color.web("#cde8ff");

    private final VBox rules = new VBox(6);
    private final Label problem = new Label();

    private final class RuleRow extends HBox {
        final TextField regex = new TextField();
        final ColorPicker color = new ColorPicker(DEFAULT_COLOR);

        RuleRow(HighlightRule rule) {
            super(6);
            setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("highlight-rule");
            regex.setPromptText("Regular expression, e.g. checkpoint saved");
            regex.setPrefColumnCount(30);
            HBox.setHgrow(regex, Priority.ALWAYS);
            if (rule != null) {
                regex.setText(rule.regex());
                color.setValue(Color.web(rule.color()));
            }
            regex.textProperty().addListener((obs, old, text) -> validate());
            Button remove = new Button("Remove");
            remove.setOnAction(e -> {
                rules.getChildren().remove(this);
                validate();
            });
            getChildren().addAll(regex, color, remove);
        }

        HighlightRule rule() {
            Color c = color.getValue();
            String web = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                    Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
            return new HighlightRule(regex.getText(), web);
        }
    }

    HighlightRulesDialog(List<HighlightRule> current) {
        setTitle("Highlight rules");
        setHeaderText("Rows whose first line matches a rule get its colour (the first matching rule wins).");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("highlight-rules");
        current.forEach(rule -> rules.getChildren().add(new RuleRow(rule)));
        Button add = new Button("Add Rule");
        add.setId("add-highlight-rule");
        add.setOnAction(e -> {
            rules.getChildren().add(new RuleRow(null));
            validate();
        });
        problem.getStyleClass().add("filter-problem");
        VBox content = new VBox(10, rules, add, problem);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        setResultConverter(button -> button == ButtonType.OK ? collect() : null);
        validate();
    }

    private List<HighlightRule> collect() {
        List<HighlightRule> result = new ArrayList<>();
        for (var node : rules.getChildren()) {
            HighlightRule rule = ((RuleRow) node).rule();
            if (!rule.regex().isBlank()) {
                result.add(rule);
            }
        }
        return result;
    }

    private void validate() {
        String why = "";
        for (var node : rules.getChildren()) {
            RuleRow row = (RuleRow) node;
            boolean invalid = false;
            if (!row.regex.getText().isBlank()) {
                try {
                    TextMatcher.regex(row.regex.getText(), false);
                } catch (IllegalArgumentException e) {
                    invalid = true;
                    why = e.getMessage();
                }
            }
            row.regex.pseudoClassStateChanged(INVALID, invalid);
        }
        problem.setText(why);
        getDialogPane().lookupButton(ButtonType.OK).setDisable(!why.isEmpty());
    }
}
