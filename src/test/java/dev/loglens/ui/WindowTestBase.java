package dev.loglens.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the LogLens window headless (Monocle) with its settings in a temporary folder, and reads what it shows. */
abstract class WindowTestBase {

    static final String LOG = """
            2024-10-10 11:46:39,123 - app - INFO - service started
            2024-10-10 11:46:40,000 - app.db - ERROR - query failed
            Traceback (most recent call last):
              File "db.py", line 12, in run
            ZeroDivisionError: division by zero
            2024-10-10 11:46:41,000 - app - WARNING - slow response
            2024-10-10 11:46:42,000 - app - DEBUG - tick
            2024-10-10 11:46:43,000 - app - CRITICAL - out of memory
            """;

    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    Stage stage;
    Application app;
    private String[] args = new String[0];

    @BeforeEach
    void registerStage() throws Exception {
        System.setProperty("loglens.configDir", dir.resolve("config").toString());
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("loglens.configDir");
    }

    Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    void start(String... files) throws Exception {
        if (files.length > 0) {
            args = files;
        } else {
            args = new String[0];
        }
        app = FxToolkit.setupApplication(LogLensApp.class, args);
    }

    LogLensApp logLens() {
        return (LogLensApp) app;
    }

    @SuppressWarnings("unchecked")
    TableView<Long> table() {
        return robot.lookup(".records").queryAs(TableView.class);
    }

    void waitForRows(int expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Optional<Node> table = robot.lookup(".records").tryQuery();
            return table.isPresent() && ((TableView<?>) table.get()).isVisible()
                    && ((TableView<?>) table.get()).getItems().size() == expected;
        });
    }

    void waitForSelected(long record) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Long.valueOf(record).equals(
                WaitForAsyncUtils.waitForAsyncFx(2000, () -> table().getSelectionModel().getSelectedItem())));
    }

    void waitForStatus(String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> statusText().contains(text));
    }

    /**
     * The status bar's two texts, or "" while the selected tab's content is not in the scene yet: a new tab
     * pane's skin adds it on the next pulse, after the window title already names the log.
     */
    String statusText() throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> labelText(".status") + " · " + labelText(".status-message"));
    }

    private String labelText(String selector) {
        return robot.lookup(selector).tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    /** The visible row showing record {@code record}: its cells' texts joined by " | ", once it has been read. */
    String rowText(long record) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            String text = rowTextNow(record);
            return text != null && !text.contains("…");
        });
        return rowTextNow(record);
    }

    private String rowTextNow(long record) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> row(record)
                .map(row -> row.lookupAll(".table-cell").stream().map(cell -> ((Labeled) cell).getText())
                        .collect(Collectors.joining(" | ")))
                .orElse(null));
    }

    String rowStyle(long record) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> row(record)
                .map(row -> row.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                        .collect(Collectors.joining(",")))
                .orElse(""));
    }

    private Optional<TableRow<?>> row(long record) {
        return table().lookupAll(".record-row").stream().<TableRow<?>>map(node -> (TableRow<?>) node)
                .filter(row -> Long.valueOf(record).equals(row.getItem())).findFirst();
    }

    String detailText() throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> robot.lookup(".detail-text").queryAs(TextArea.class).getText());
    }

    /** The menu item with {@code id} in the menu called {@code menu}. */
    MenuItem menuItem(String menu, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu found = bar.getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow();
        return found.getItems().stream().filter(item -> ("#" + item.getId()).equals(id)).findFirst().orElseThrow();
    }

    void clickMenu(String menu, String id) {
        robot.interact(() -> menuItem(menu, id).fire());
    }

    String settingsText() throws Exception {
        Path settings = dir.resolve("config").resolve("settings.json");
        return Files.exists(settings) ? Files.readString(settings) : "";
    }
}
