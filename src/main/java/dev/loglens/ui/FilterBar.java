package dev.loglens.ui;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.level.Level;
import dev.loglens.core.query.LoggerCounts;
import dev.loglens.core.query.RecordFilter;
import dev.loglens.core.query.TextMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * What the user chooses to see: a toggle per level with its live count, text terms to include and exclude
 * (typed terms apply as the user pauses; Enter pins a term so several apply at once), a logger prefix with
 * the file's loggers and their counts, and a time range. Every change is handed on as a {@link RecordFilter};
 * nothing here reads the file.
 */
final class FilterBar extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final RecordIndex index;
    private final Consumer<RecordFilter> onChange;
    private final LocalDate day;
    private final HBox levels = new HBox(4);
    private final Map<Integer, ToggleButton> levelButtons = new HashMap<>();
    private final TermField include = new TermField("include", "Text to show (Enter pins)");
    private final TermField exclude = new TermField("exclude", "Text to hide");
    private final ToggleButton regex = new ToggleButton(".*");
    private final ToggleButton caseSensitive = new ToggleButton("Aa");
    private final ComboBox<String> logger = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField until = new TextField();
    private final Label problem = new Label();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    FilterBar(RecordIndex index, LocalDate day, Consumer<RecordFilter> onChange) {
        this.index = index;
        this.day = day;
        this.onChange = onChange;
        getStyleClass().add("filter-bar");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(4);
        regex.setId("filter-regex");
        regex.setTooltip(new Tooltip("Terms are regular expressions"));
        caseSensitive.setId("filter-case");
        caseSensitive.setTooltip(new Tooltip("Match case"));
        regex.setOnAction(e -> apply());
        caseSensitive.setOnAction(e -> apply());
        logger.setId("filter-logger");
        logger.setEditable(true);
        logger.setPromptText("Logger prefix");
        logger.setPrefWidth(170);
        logger.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !value.equals(logger.getEditor().getText())) {
                logger.getEditor().setText(value); // a name picked from the list
            }
            apply();
        });
        logger.getEditor().textProperty().addListener((obs, old, text) -> typing.playFromStart());
        from.setId("filter-from");
        from.setPromptText("From time");
        from.setPrefColumnCount(10);
        until.setId("filter-until");
        until.setPromptText("Until time");
        until.setPrefColumnCount(10);
        from.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        until.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        typing.setOnFinished(e -> apply());
        problem.getStyleClass().add("filter-problem");
        levels.setAlignment(Pos.CENTER_LEFT);
        HBox terms = new HBox(6, new Label("Show"), include.box, new Label("Hide"), exclude.box, regex, caseSensitive,
                new Label("Logger"), logger, new Label("Time"), from, new Label("–"), until);
        terms.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(include.box, Priority.ALWAYS);
        HBox.setHgrow(exclude.box, Priority.ALWAYS);
        HBox first = new HBox(12, levels, problem);
        first.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(first, terms);
        refreshCounts();
    }

    /** Shows the level toggles of the levels the file has so far, with their counts; FX thread. */
    void refreshCounts() {
        for (int id = 0; id < index.levels().size(); id++) {
            long count = index.countOfLevel(id);
            ToggleButton button = levelButtons.get(id);
            if (button == null && count > 0) {
                button = levelButton(id);
                levelButtons.put(id, button);
                levels.getChildren().setAll(sortedBySeverity());
            }
            if (button != null) {
                button.setText(index.levels().level(id).name() + " " + String.format("%,d", count));
            }
        }
    }

    private ToggleButton levelButton(int id) {
        Level level = index.levels().level(id);
        ToggleButton button = new ToggleButton();
        button.setSelected(true);
        button.setId("level-" + level.name().toLowerCase(Locale.ROOT));
        button.getStyleClass().add("level-toggle");
        PseudoClass style = LevelStyle.of(level);
        if (style != null) {
            button.pseudoClassStateChanged(style, true);
        }
        button.setOnAction(e -> apply());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private List<ToggleButton> sortedBySeverity() {
        List<Integer> ids = new ArrayList<>(levelButtons.keySet());
        ids.sort((a, b) -> Integer.compare(index.levels().level(b).severity(), index.levels().level(a).severity()));
        return ids.stream().map(levelButtons::get).toList();
    }

    /** Offers the file's loggers, with their record counts, in the logger list. */
    void showLoggers(List<LoggerCounts.Entry> loggers) {
        List<String> names = new ArrayList<>();
        for (LoggerCounts.Entry entry : loggers) {
            names.add(entry.logger());
        }
        String typed = logger.getEditor().getText();
        logger.getItems().setAll(names);
        logger.getEditor().setText(typed);
        Map<String, Long> counts = new HashMap<>();
        loggers.forEach(entry -> counts.put(entry.logger(), entry.records()));
        logger.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty || name == null ? null : name + "  (" + String.format("%,d", counts.getOrDefault(name, 0L)) + ")");
            }
        });
    }

    /** Shows a time range chosen elsewhere (brushed on the chart) in the time fields, which apply it. */
    void setTimeRange(String fromText, String untilText) {
        from.setText(fromText);
        until.setText(untilText);
        typing.stop();
        apply();
    }

    /** Builds the filter from the controls and hands it on, or shows why it cannot. */
    private void apply() {
        problem.setText("");
        Optional<List<TextMatcher>> includes = include.terms();
        Optional<List<TextMatcher>> excludes = exclude.terms();
        Optional<Long> fromMillis = time(from, RecordFilter.NO_LOWER_BOUND);
        Optional<Long> untilMillis = time(until, RecordFilter.NO_UPPER_BOUND);
        if (includes.isEmpty() || excludes.isEmpty() || fromMillis.isEmpty() || untilMillis.isEmpty()) {
            return;
        }
        RecordFilter filter = RecordFilter.all();
        for (Map.Entry<Integer, ToggleButton> level : levelButtons.entrySet()) {
            filter = filter.withLevelShown(level.getKey(), level.getValue().isSelected());
        }
        String prefix = logger.getEditor().getText() == null ? "" : logger.getEditor().getText().strip();
        filter = filter.withIncludes(includes.get()).withExcludes(excludes.get())
                .withLoggerPrefix(prefix.isEmpty() ? null : prefix)
                .withTimeRange(fromMillis.get(), untilMillis.get());
        onChange.accept(filter);
    }

    private Optional<Long> time(TextField field, long unbounded) {
        String text = field.getText() == null ? "" : field.getText().strip();
        field.pseudoClassStateChanged(INVALID, false);
        if (text.isEmpty()) {
            return Optional.of(unbounded);
        }
        Optional<Long> millis = Prompts.parseWallTime(text, day);
        if (millis.isEmpty()) {
            field.pseudoClassStateChanged(INVALID, true);
            problem.setText("Times are written like 2024-10-10 11:46:39 or 11:46");
        }
        return millis;
    }

    /** A text field whose typed term applies as the user pauses, and whose Enter pins the term as a chip. */
    private final class TermField {
        final HBox box = new HBox(4);
        private final TextField field = new TextField();
        private final FlowPane pinned = new FlowPane(4, 4);
        private final List<String> terms = new ArrayList<>();

        TermField(String id, String prompt) {
            field.setId("filter-" + id);
            field.setPromptText(prompt);
            field.setPrefColumnCount(14);
            field.textProperty().addListener((obs, old, text) -> typing.playFromStart());
            field.setOnAction(e -> pin());
            HBox.setHgrow(field, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            pinned.managedProperty().bind(pinned.visibleProperty());
            pinned.setVisible(false);
            pinned.setPrefWrapLength(300);
            box.getChildren().addAll(pinned, field);
        }

        private void pin() {
            String text = field.getText();
            if (text == null || text.isEmpty() || terms.contains(text)) {
                return;
            }
            terms.add(text);
            Button chip = new Button(text + "  ×");
            chip.getStyleClass().add("term-chip");
            chip.setTooltip(new Tooltip("Remove this term"));
            chip.setOnAction(e -> {
                terms.remove(text);
                pinned.getChildren().remove(chip);
                pinned.setVisible(!terms.isEmpty());
                apply();
            });
            pinned.getChildren().add(chip);
            pinned.setVisible(true);
            field.clear();
            apply();
        }

        /** The pinned terms and the one being typed; empty (and the field marked) when a regex is invalid. */
        Optional<List<TextMatcher>> terms() {
            List<String> all = new ArrayList<>(terms);
            if (field.getText() != null && !field.getText().isEmpty()) {
                all.add(field.getText());
            }
            List<TextMatcher> matchers = new ArrayList<>();
            field.pseudoClassStateChanged(INVALID, false);
            for (String term : all) {
                try {
                    matchers.add(regex.isSelected() ? TextMatcher.regex(term, caseSensitive.isSelected())
                            : TextMatcher.literal(term, caseSensitive.isSelected()));
                } catch (IllegalArgumentException e) {
                    field.pseudoClassStateChanged(INVALID, true);
                    problem.setText(e.getMessage());
                    return Optional.empty();
                }
            }
            return Optional.of(matchers);
        }
    }
}
