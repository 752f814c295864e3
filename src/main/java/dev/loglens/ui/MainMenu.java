package dev.loglens.ui;

import dev.loglens.core.export.RecordExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The menu bar. Every action has a keyboard shortcut; Help → Keyboard shortcuts lists them from the same
 * table the menus are built from, so the list cannot drift from what the keys do.
 */
final class MainMenu {

    /** One menu entry: its label, its id (for tests and scripting), its key and what it does. */
    private record Entry(String label, String id, String keys, Runnable action) {
    }

    private final LogLensApp app;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");
    private final CheckMenuItem dark = new CheckMenuItem("Dark Theme");
    private final List<Entry> entries = new ArrayList<>();

    MainMenu(LogLensApp app) {
        this.app = app;
        recent.setId("open-recent");
        dark.setId("dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        // From the settings, not the check mark: a key or a script fires the item without ticking it.
        dark.setOnAction(e -> app.setDarkTheme(!app.settings().dark()));
        bar.getMenus().addAll(
                menu("File", item("Open…", "open", "Shortcut+O", app::chooseAndOpen), recent,
                        item("Close Tab", "close-tab", "Shortcut+W", app::closeCurrentTab),
                        item("Export Records…", "export-records", "Shortcut+E", app::exportRecords),
                        item("Export Chart as PNG…", "export-chart", "Shortcut+Shift+P", app::exportChart),
                        new SeparatorMenuItem(), item("Quit", "quit", "Shortcut+Q", app::quit)),
                menu("Edit", item("Copy Records", "copy", "Shortcut+C",
                                () -> app.withActions(a -> a.copySelected(RecordExporter.Form.TEXT))),
                        item("Copy as JSON Lines", "copy-jsonl", "Shortcut+Shift+J",
                                () -> app.withActions(a -> a.copySelected(RecordExporter.Form.JSONL))),
                        item("Copy as CSV", "copy-csv", "Shortcut+Shift+C",
                                () -> app.withActions(a -> a.copySelected(RecordExporter.Form.CSV))),
                        new SeparatorMenuItem(),
                        item("Find…", "find", "Shortcut+F", () -> withView(LogView::showFind)),
                        item("Find Next", "find-next-menu", "F3", () -> withView(v -> v.findAgain(true))),
                        item("Find Previous", "find-previous-menu", "Shift+F3", () -> withView(v -> v.findAgain(false)))),
                menu("View", dark, item("Raw Lines", "raw-lines", "Shortcut+R", this::toggleRaw),
                        item("Follow", "follow", "Shortcut+Shift+F", () -> withView(v -> v.setFollowing(!v.isFollowing()))),
                        item("Highlight Rules…", "highlight-rules", "Shortcut+Shift+H", app::editHighlightRules)),
                menu("Go",
                        item("Next Error", "next-error", "F8", () -> app.withActions(a -> a.nextError(true))),
                        item("Previous Error", "previous-error", "Shift+F8", () -> app.withActions(a -> a.nextError(false))),
                        new SeparatorMenuItem(),
                        item("Go to Line…", "go-to-line", "Shortcut+G", () -> app.withActions(this::askLine)),
                        item("Go to Time…", "go-to-time", "Shortcut+T", () -> app.withActions(this::askTime)),
                        item("First Record", "first-record", "Shortcut+Home", () -> app.withActions(RecordActions::first)),
                        item("Last Record", "last-record", "Shortcut+End", () -> app.withActions(RecordActions::last)),
                        new SeparatorMenuItem(),
                        item("Toggle Bookmark", "toggle-bookmark", "Shortcut+B", () -> app.withActions(RecordActions::toggleBookmark)),
                        item("Next Bookmark", "next-bookmark", "F2", () -> app.withActions(a -> a.nextBookmark(true))),
                        item("Previous Bookmark", "previous-bookmark", "Shift+F2", () -> app.withActions(a -> a.nextBookmark(false)))),
                menu("Format", item("Define Format…", "define-format", "Shortcut+Shift+D", app::defineFormat)),
                menu("Help", item("Keyboard Shortcuts", "shortcuts", "F1", this::showShortcuts),
                        item("Open Sample Log", "open-sample", "Shortcut+Shift+O", app::openSample),
                        new SeparatorMenuItem(), item("About LogLens", "about-loglens", "Shift+F1", app::showAbout)));
        showRecent(app.settings().recentFiles());
    }

    MenuBar bar() {
        return bar;
    }

    private static Menu menu(String name, MenuItem... items) {
        return new Menu(name, null, items);
    }

    private MenuItem item(String label, String id, String keys, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        entries.add(new Entry(label, id, keys, action));
        return item;
    }

    /**
     * Function keys reach the menus even when the focused control has its own use for them (a table starts
     * editing on F2): no text is typed with them, so taking them first takes nothing from the user.
     */
    void takeFunctionKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.getCode().isFunctionKey()) {
                return;
            }
            for (Entry entry : entries) {
                if (KeyCombination.keyCombination(entry.keys()).match(event)) {
                    entry.action().run();
                    event.consume();
                    return;
                }
            }
        });
    }

    void showTheme(boolean isDark) {
        dark.setSelected(isDark);
    }

    void showRecent(List<String> files) {
        recent.getItems().clear();
        for (String file : files) {
            MenuItem item = new MenuItem(file);
            item.getStyleClass().add("recent-file");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> app.open(Path.of(file)));
            recent.getItems().add(item);
        }
        recent.setDisable(files.isEmpty());
    }

    private void withView(Consumer<LogView> action) {
        LogView view = app.current();
        if (view != null) {
            action.accept(view);
        }
    }

    private void toggleRaw() {
        withView(view -> {
            if (view.table() != null) {
                view.table().setRaw(!view.table().isRaw());
            }
        });
    }

    private void askLine(RecordActions actions) {
        Prompts.number(app.stage(), "Go to line", "Line number:").ifPresent(actions::goToLine);
    }

    private void askTime(RecordActions actions) {
        Prompts.wallTime(app.stage(), "Go to time", "Time as written in the log (e.g. 2024-10-10 11:46 or 11:46:39):",
                actions.referenceDate()).ifPresent(actions::goToTime);
    }

    /** The shortcut table, as Help shows it and the README lists it. */
    List<String[]> shortcuts() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Dark Theme", "Shortcut+Shift+L"});
        for (Entry entry : entries) {
            rows.add(new String[] {entry.label(), entry.keys()});
        }
        rows.addAll(FindBar.SHORTCUTS);
        return rows;
    }

    private void showShortcuts() {
        StringBuilder text = new StringBuilder();
        for (String[] row : shortcuts()) {
            text.append(String.format("%-22s %s%n", row[1].replace("Shortcut", "Ctrl"), row[0]));
        }
        Alert help = new Alert(Alert.AlertType.INFORMATION, text.toString());
        help.setTitle("Keyboard shortcuts");
        help.setHeaderText("Keyboard shortcuts");
        help.initOwner(app.stage());
        help.getDialogPane().getStyleClass().add("shortcuts");
        help.show();
    }
}
