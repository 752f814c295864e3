package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window with no log open, the sample log a new user is offered, the window's icon and Help → About. */
class StartAndHelpTest extends WindowTestBase {

    @Test
    void theStartScreenOpensTheSampleLogSetAsOneLog() throws Exception {
        start();
        assertThat(stage.getTitle()).isEqualTo("LogLens");
        assertThat(stage.getIcons()).hasSize(6);
        robot.interact(() -> robot.lookup("#open-sample-button").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("(+1 rotated)"));
        Path samples = dir.resolve("config").resolve("samples");
        assertThat(stage.getTitle()).isEqualTo("LogLens — " + samples.resolve("app.log") + " (+1 rotated)");
        assertThat(samples.resolve("app.log.1")).exists();
        // Both files as one log: 1,410 records in app.log.1 and 1,353 in app.log, the levels in colour.
        waitForStatus("2,763");
        assertThat(rowStyle(0)).contains("info");
        assertThat(rowText(0)).contains("batch of 72 items queued for worker-7");
    }

    @Test
    void helpOpensTheSampleLogToo() throws Exception {
        start();
        clickMenu("Help", "#open-sample");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("(+1 rotated)"));
        assertThat(Files.size(dir.resolve("config").resolve("samples").resolve("app.log"))).isPositive();
    }

    @Test
    void aboutShowsTheVersion() throws Exception {
        start();
        clickMenu("Help", "#about-loglens");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#about").tryQuery().isPresent());
        DialogPane about = robot.lookup("#about").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("LogLens " + Version.current());
        assertThat(about.getContentText()).contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX 21");
    }
}
