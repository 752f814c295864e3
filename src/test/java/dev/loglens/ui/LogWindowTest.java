package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a log in the real window (headless, through Monocle) and checks what the user sees. */
class LogWindowTest {

    private static final String LOG = """
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

    private final FxRobot robot = new FxRobot();
    private Path log;
    private Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void openWindow() throws Exception {
        log = Files.writeString(dir.resolve("service.log"), LOG);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(LogLensApp.class, log.toString());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void showsEachRecordOnceWithItsLevelStyleAndTheFileInTheTitle() throws Exception {
        ListView<Long> records = waitForRows(5);
        assertThat(robot.targetWindow(stage).lookup(".records").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + log);

        Map<Long, RecordCell> cells = WaitForAsyncUtils.waitForAsyncFx(5000, () -> records.lookupAll(".record-cell")
                .stream().map(RecordCell.class::cast).filter(c -> c.getItem() != null)
                .collect(Collectors.toMap(RecordCell::getItem, c -> c, (a, b) -> a)));
        assertThat(cells).containsKeys(0L, 1L, 2L, 3L, 4L);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !cellText(cells.get(1L)).equals("…"));

        assertThat(cellText(cells.get(0L))).isEqualTo("2024-10-10 11:46:39,123 - app - INFO - service started");
        assertThat(cellText(cells.get(1L))).isEqualTo("2024-10-10 11:46:40,000 - app.db - ERROR - query failed   ⏎ +3 lines");
        assertThat(styleOf(cells.get(0L))).contains("info");
        assertThat(styleOf(cells.get(1L))).contains("error");
        assertThat(styleOf(cells.get(2L))).contains("warning");
        assertThat(styleOf(cells.get(3L))).contains("debug");
        assertThat(styleOf(cells.get(4L))).contains("critical");
    }

    @Test
    void aFileThatCannotBeShownGetsAClearMessage() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = FxToolkit.setupApplication(LogLensApp.class, dir.resolve("missing.log").toString());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".error-message").tryQuery().isPresent());
        String message = robot.lookup(".error-message").queryLabeled().getText();
        assertThat(message).contains("Cannot show this file").contains("no such file");
    }

    @Test
    void rotatedSiblingsAreOfferedAndOpenAsOneLog() throws Exception {
        FxToolkit.cleanupApplication(app);
        Files.writeString(dir.resolve("train.log.1"), "2024-10-10 10:00:00,000 - trainer - INFO - epoch 1\n"
                + "2024-10-10 10:00:01,000 - trainer - INFO - epoch 2\n");
        Path live = Files.writeString(dir.resolve("train.log"), "2024-10-10 11:00:00,000 - trainer - ERROR - diverged\n");
        app = FxToolkit.setupApplication(LogLensApp.class, live.toString());
        waitForRows(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".rotated-set").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".rotated-set").queryAs(javafx.scene.control.Hyperlink.class).fire());
        waitForRows(3);
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + live + " (+1 rotated)");
    }

    @Test
    void anEmptyFileShowsAnEmptyListAndItsCount() throws Exception {
        FxToolkit.cleanupApplication(app);
        Path empty = Files.createFile(dir.resolve("empty.log"));
        app = FxToolkit.setupApplication(LogLensApp.class, empty.toString());
        waitForRows(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".status").queryLabeled().getText().startsWith("0 records"));
    }

    @SuppressWarnings("unchecked")
    private ListView<Long> waitForRows(int expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Optional<ListView<Long>> list = robot.lookup(".records").tryQuery();
            return list.isPresent() && list.get().getItems().size() == expected;
        });
        return robot.lookup(".records").query();
    }

    private static String cellText(RecordCell cell) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, cell::getText);
    }

    private static String styleOf(RecordCell cell) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> cell.getPseudoClassStates().stream()
                .map(PseudoClass::getPseudoClassName).filter(name -> !name.equals("filled"))
                .collect(Collectors.joining(",")));
    }
}
