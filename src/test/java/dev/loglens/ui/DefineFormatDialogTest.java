package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Format → Define format…: a layout typed in the dialog is previewed on the file, saved, and used to reopen it. */
class DefineFormatDialogTest extends WindowTestBase {

    private static final String PAYMENTS = """
            10.10.2024 11:46:39 | ERROR | payments | card declined
              at charge()
            10.10.2024 11:46:40 | INFO | payments | retry ok
            """;

    @BeforeEach
    void openWindow() throws Exception {
        start(write("payments.log", PAYMENTS).toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".records").tryQuery().isPresent());
    }

    @Test
    void aTypedLayoutIsPreviewedSavedAndUsedToReopenTheFile() throws Exception {
        clickMenu("Format", "#define-format");
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
        clickMenu("Format", "#define-format");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#format-string").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#format-string").queryAs(TextField.class).setText("%(levelname)s: %(message)s"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#format-status").queryAs(Label.class).getText().startsWith("✗"));
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(DefineFormatDialog.SAVE)
                .isDisabled()).isTrue();
    }
}
