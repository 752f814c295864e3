package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens logs in the real window (headless, through Monocle) and checks what the user sees. */
class LogWindowTest extends WindowTestBase {

    @Test
    void showsEachRecordOnceWithItsLevelStyleAndTheFileInTheTitle() throws Exception {
        Path log = write("service.log", LOG);
        start(log.toString());
        waitForRows(5);
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + log);
        assertThat(rowText(0)).isEqualTo("1 | 2024-10-10 11:46:39,123 | app | INFO | service started");
        assertThat(rowText(1)).isEqualTo("2 | 2024-10-10 11:46:40,000 | app.db | ERROR | query failed   ⏎ +3 lines");
        assertThat(rowStyle(0)).contains("info");
        assertThat(rowStyle(1)).contains("error");
        assertThat(rowStyle(2)).contains("warning");
        assertThat(rowStyle(3)).contains("debug");
        assertThat(rowStyle(4)).contains("critical");
    }

    @Test
    void theMessageColumnsTitleStandsAtItsLeftWhereItCanBeSeen() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        Label title = robot.lookup(".column-header.message-column > .label").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Message");
        assertThat(title.getAlignment()).isEqualTo(Pos.CENTER_LEFT);
    }

    @Test
    void aJavaUtilLoggingRecordShowsTheLevelAndMessageOfItsSecondLine() throws Exception {
        start(write("catalina.out", """
                Oct 10, 2024 11:46:39 AM com.example.Server start
                INFO: listening on port 8080
                Oct 10, 2024 11:46:40 AM com.example.Server handle
                SEVERE: request failed
                java.lang.IllegalStateException: boom
                \tat com.example.Server.handle(Server.java:42)
                """).toString());
        waitForRows(2);
        assertThat(rowText(0)).isEqualTo("1 | Oct 10, 2024 11:46:39 AM | com.example.Server | start | INFO | listening on port 8080");
        assertThat(rowText(1)).isEqualTo(
                "3 | Oct 10, 2024 11:46:40 AM | com.example.Server | handle | SEVERE | request failed   ⏎ +2 lines");
        assertThat(rowStyle(1)).contains("error");
        clickMenu("View", "#raw-lines");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getColumns().size() == 2);
        assertThat(rowText(1)).isEqualTo("3 | Oct 10, 2024 11:46:40 AM com.example.Server handle   ⏎ +3 lines");
    }

    @Test
    void theDetailPaneShowsTheWholeSelectedRecord() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        robot.interact(() -> table().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> detailText().contains("ZeroDivisionError"));
        assertThat(detailText()).isEqualTo("""
                2024-10-10 11:46:40,000 - app.db - ERROR - query failed
                Traceback (most recent call last):
                  File "db.py", line 12, in run
                ZeroDivisionError: division by zero""");
    }

    @Test
    void rawModeShowsTheLinesAsWritten() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        clickMenu("View", "#raw-lines");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getColumns().size() == 2);
        assertThat(rowText(0)).isEqualTo("1 | 2024-10-10 11:46:39,123 - app - INFO - service started");
    }

    @Test
    void f8JumpsFromErrorToErrorAndShiftF8Back() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        robot.interact(() -> table().requestFocus());
        robot.push(KeyCode.F8);
        waitForSelected(1);
        robot.push(KeyCode.F8);
        waitForSelected(4);
        robot.push(KeyCode.SHIFT, KeyCode.F8);
        waitForSelected(1);
    }

    @Test
    void bookmarksAreToggledMarkedAndJumpedTo() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        robot.interact(() -> table().getSelectionModel().select(3));
        robot.interact(() -> table().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowStyle(3).contains("bookmarked"));
        assertThat(rowStyle(2)).doesNotContain("bookmarked");
        robot.interact(() -> table().getSelectionModel().clearAndSelect(0));
        robot.push(KeyCode.F2);
        waitForSelected(3);
        robot.push(KeyCode.F2);
        waitForStatus("No more bookmarks");
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !rowStyle(3).contains("bookmarked"));
    }

    @Test
    void goToLineSelectsTheRecordThatHoldsTheLine() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        robot.interact(() -> table().requestFocus());
        answerPrompt(KeyCode.G, "#prompt-number", "4");
        waitForSelected(1); // line 4 is in the traceback of the ERROR record
    }

    @Test
    void goToTimeSelectsTheFirstRecordAtOrAfterIt() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        robot.interact(() -> table().requestFocus());
        answerPrompt(KeyCode.T, "#prompt-time", "11:46:41.5");
        waitForSelected(3);
    }

    @Test
    void copyPutsTheSelectedRecordsOriginalTextOnTheClipboard() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        robot.interact(() -> {
            table().getSelectionModel().clearAndSelect(1);
            table().getSelectionModel().select(2);
            table().requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clipboard().contains("slow response"));
        assertThat(clipboard()).isEqualTo("""
                2024-10-10 11:46:40,000 - app.db - ERROR - query failed
                Traceback (most recent call last):
                  File "db.py", line 12, in run
                ZeroDivisionError: division by zero
                2024-10-10 11:46:41,000 - app - WARNING - slow response
                """);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clipboard().startsWith("{\"timestamp\""));
        assertThat(clipboard().split("\n")).hasSize(2);
        assertThat(clipboard()).contains("\"message\":\"slow response\"");
    }

    @Test
    void severalFilesOpenInTabsAndClosingOneLeavesTheOthers() throws Exception {
        Path first = write("one.log", LOG);
        Path second = write("two.log", "2024-10-10 11:46:39,123 - other - INFO - hello\n");
        start(first.toString(), second.toString());
        TabPane tabs = robot.lookup(".log-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs.getTabs().size() == 2);
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + second);
        waitForRows(1);
        robot.interact(() -> robot.lookup(".records").queryAs(javafx.scene.Node.class).requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs.getTabs().size() == 1);
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + first);
        waitForRows(5);
    }

    @Test
    void theThemeIsSwitchedFromTheViewMenuAndRemembered() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        assertThat(stage.getScene().getStylesheets()).containsExactly(LogLensApp.stylesheet());
        clickMenu("View", "#dark-theme");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> stage.getScene().getStylesheets().contains(LogLensApp.darkStylesheet()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> settingsText().contains("\"dark\""));

        restart();
        assertThat(stage.getScene().getStylesheets()).contains(LogLensApp.darkStylesheet());
    }

    @Test
    void recentFilesAreRememberedAndReopened() throws Exception {
        Path log = write("service.log", LOG);
        start(log.toString());
        waitForRows(5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> settingsText().contains("service.log"));

        restart();
        assertThat(robot.lookup(".log-tabs").tryQuery()).isEmpty();
        List<MenuItem> recent = ((Menu) menuItem("File", "#open-recent")).getItems();
        assertThat(recent).extracting(MenuItem::getText).containsExactly(log.toString());
        robot.interact(() -> recent.get(0).fire());
        waitForRows(5);
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + log);
    }

    @Test
    void aFileThatCannotBeShownGetsAClearMessage() throws Exception {
        start(dir.resolve("missing.log").toString());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".error-message").tryQuery().isPresent());
        String message = robot.lookup(".error-message").queryLabeled().getText();
        assertThat(message).contains("Cannot show this file").contains("no such file");
    }

    @Test
    void rotatedSiblingsAreOfferedAndOpenAsOneLogInItsOwnTab() throws Exception {
        Files.writeString(dir.resolve("train.log.1"), "2024-10-10 10:00:00,000 - trainer - INFO - epoch 1\n"
                + "2024-10-10 10:00:01,000 - trainer - INFO - epoch 2\n");
        Path live = write("train.log", "2024-10-10 11:00:00,000 - trainer - ERROR - diverged\n");
        start(live.toString());
        waitForRows(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".rotated-set").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".rotated-set").queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("(+1 rotated)"));
        waitForRows(3);
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + live + " (+1 rotated)");
    }

    @Test
    void highlightRulesColourMatchingRowsAndAreSaved() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        javafx.application.Platform.runLater(() -> menuItem("View", "#highlight-rules").fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#add-highlight-rule").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#add-highlight-rule").queryButton().fire());
        robot.interact(() -> robot.lookup(".highlight-rule .text-field").queryAs(TextField.class).setText("slow resp"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#highlight-rules")
                .queryAs(javafx.scene.control.DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowInlineStyle(2).contains("#cde8ff"));
        assertThat(rowInlineStyle(1)).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> settingsText().contains("slow resp"));

        restart(write("other.log", LOG).toString());
        waitForRows(5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowInlineStyle(2).contains("#cde8ff"));
    }

    @Test
    void aBinaryFileIsRefusedWithAMessageAndOtherTabsKeepWorking() throws Exception {
        Path binary = dir.resolve("model.bin");
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        Files.write(binary, bytes);
        start(write("service.log", LOG).toString(), binary.toString());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".error-message").tryQuery().isPresent());
        assertThat(robot.lookup(".error-message").queryLabeled().getText()).contains("binary");
        TabPane tabs = robot.lookup(".log-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        waitForRows(5);
        assertThat(rowText(4)).contains("out of memory");
    }

    @Test
    void aFileDeletedWhileOpenStaysReadable() throws Exception {
        Path log = write("service.log", LOG);
        start(log.toString());
        waitForRows(5);
        Files.delete(log);
        robot.interact(() -> table().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> detailText().contains("ZeroDivisionError"));
    }

    @Test
    void anEmptyFileShowsAnEmptyTableAndItsCount() throws Exception {
        start(Files.createFile(dir.resolve("empty.log")).toString());
        waitForRows(0);
        waitForStatus("0 records");
    }

    /** Opens a prompt with Ctrl+{@code key}, types the answer and presses Enter. */
    private void answerPrompt(KeyCode key, String field, String answer) throws Exception {
        robot.push(KeyCode.CONTROL, key);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(field).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(field).queryAs(TextField.class).setText(answer));
        robot.push(KeyCode.ENTER);
    }

    private String rowInlineStyle(long record) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> table().lookupAll(".record-row").stream()
                .map(node -> (javafx.scene.control.TableRow<?>) node)
                .filter(row -> Long.valueOf(record).equals(row.getItem())).findFirst()
                .map(javafx.scene.Node::getStyle).orElse(""));
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString() == null
                ? "" : Clipboard.getSystemClipboard().getString());
    }

    private void restart(String... files) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        stage = FxToolkit.registerPrimaryStage();
        start(files);
    }
}
