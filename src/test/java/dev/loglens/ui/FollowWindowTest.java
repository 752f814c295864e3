package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Follow mode in the window: records appear as written, through a rotation and a truncation. */
class FollowWindowTest extends WindowTestBase {

    private static String record(int n) {
        return "2024-10-10 11:47:" + String.format("%02d", n) + ",000 - app - INFO - record " + n + "\n";
    }

    private void append(Path log, String text) throws Exception {
        Files.writeString(log, text, StandardOpenOption.APPEND);
    }

    @Test
    void followedRecordsAppearAndTheStateIsShown() throws Exception {
        Path log = write("service.log", LOG);
        start(log.toString());
        waitForRows(5);
        robot.interact(() -> robot.lookup("#follow-toggle").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".follow-state").queryLabeled().getText().contains("following"));
        append(log, record(1) + record(2));
        waitForRows(7);
        assertThat(rowText(6)).contains("record 2");

        robot.interact(() -> robot.lookup("#follow-toggle").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".follow-state").queryLabeled().getText().equals("paused"));
        append(log, record(3));
        Thread.sleep(400);
        assertThat(table().getItems()).hasSize(7);
    }

    @Test
    void aFilterSetBeforeFollowingTakesTheNewRecords() throws Exception {
        Path log = write("service.log", LOG);
        start(log.toString());
        waitForRows(5);
        robot.interact(() -> robot.lookup("#filter-include").queryAs(javafx.scene.control.TextField.class)
                .setText("record"));
        waitForStatus("0 of 5 records shown");
        robot.interact(() -> robot.lookup("#follow-toggle").queryAs(ToggleButton.class).fire());
        append(log, record(1) + "2024-10-10 11:47:02,000 - app - INFO - something else\n" + record(3));
        waitForRows(2);
        waitForStatus("2 of 8 records shown");
    }

    @Test
    void aRotationIsFollowedIntoTheNewFileWithNothingLeftOut() throws Exception {
        Path log = write("train.log", record(0));
        start("--follow", log.toString());
        waitForRows(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".follow-state").queryLabeled().getText().contains("following"));
        append(log, record(1));
        Files.move(log, dir.resolve("train.log.1"));
        Files.writeString(log, record(2));
        waitForRows(3);
        assertThat(rowText(1)).contains("record 1");
        assertThat(rowText(2)).contains("record 2");
        append(log, record(3));
        waitForRows(4);

        // a second rotation renames the first rotated file again: every record still there, once
        Files.move(dir.resolve("train.log.1"), dir.resolve("train.log.2"));
        Files.move(log, dir.resolve("train.log.1"));
        Files.writeString(log, record(4));
        waitForRows(5);
        for (int n = 0; n <= 4; n++) {
            assertThat(rowText(n)).contains("record " + n);
        }
    }

    @Test
    void aTruncatedFileIsReadAgainFromItsStart() throws Exception {
        Path log = write("train.log", record(0) + record(1) + record(2));
        start("--follow", log.toString());
        waitForRows(3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".follow-state").queryLabeled().getText().contains("following"));
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(0);
        }
        append(log, record(7));
        waitForRows(1);
        assertThat(rowText(0)).contains("record 7");
    }
}
