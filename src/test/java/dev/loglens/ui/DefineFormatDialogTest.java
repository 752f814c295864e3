package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Format → Define format…: a layout typed in the dialog is previewed on the file, saved, and used to reopen it. */
class DefineFormatDialogTest {

    private static final String LOG = """
            10.10.2024 11:46:39 | ERROR | payments | card declined
              at charge()
            10.10.2024 11:46:40 | INFO | payments | retry ok
            """;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void openWindow() throws Exception {
        System.setProperty("loglens.configDir", dir.resolve("config").toString());
        Path log = Files.writeString(dir.resolve("payments.log"), LOG);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(LogLensApp.class, log.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".records").tryQuery().isPresent());
    }

    @AfterEach
    void closeWindow() throws Exception {
        System.clearProperty("loglens.configDir");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aTypedLayoutIsPreviewedSavedAndUsedToReopenTheFile() throws Exception {
        robot.interact(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1).getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#format-string").tryQuery().isPresent());

        robot.interact(() -> {
            robot.lookup("#format-string").queryAs(TextField.class)
                    .setText("%(asctime)s | %(levelname)s | %(name)s | %(message)s");
            robot.lookup("#datefmt").queryAs(TextField.class).setText("%d.%m.%Y %H:%M:%S");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#format-status").queryAs(Label.class).getText().startsWith("✓ 2 of the first 3"));
        ListView<?> preview = robot.lookup("#format-preview").queryAs(ListView.class);
        assertThat(preview.getItems()).hasSize(3);
        assertThat(preview.getItems().get(0).toString()).contains("ERROR").contains("2024-10-10T11:46:39")
                .contains("card declined");

        robot.interact(() -> ((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(DefineFormatDialog.SAVE)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".status").queryLabeled().getText()
                .startsWith("2 records · Python logging: %(asctime)s | %(levelname)s"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("config/formats/my-format.json")));
        assertThat(Files.readString(dir.resolve("config/formats/my-format.json")))
                .contains("%(asctime)s | %(levelname)s | %(name)s | %(message)s").contains("%d.%m.%Y %H:%M:%S");
    }

    @Test
    void aFormatStringThatReadsNoLineCannotBeSaved() throws Exception {
        robot.interact(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1).getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#format-string").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#format-string").queryAs(TextField.class).setText("%(levelname)s: %(message)s"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#format-status").queryAs(Label.class).getText().startsWith("✗"));
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(DefineFormatDialog.SAVE)
                .isDisabled()).isTrue();
    }
}
