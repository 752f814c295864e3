package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.export.RecordExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export Records from the window: what the filters show, or the selected rows, written whole. */
class ExportWindowTest extends WindowTestBase {

    private LogView view() {
        return logLens().current();
    }

    @Test
    void theRecordsTheFiltersShowAreExportedAsWritten() throws Exception {
        Path log = write("service.log", LOG);
        start(log.toString());
        waitForRows(5);
        robot.interact(() -> robot.lookup("#level-info").queryAs(ToggleButton.class).fire());
        robot.interact(() -> robot.lookup("#level-debug").queryAs(ToggleButton.class).fire());
        waitForStatus("3 of 5 records shown");
        Path out = dir.resolve("errors.log");
        robot.interact(() -> view().export(RecordExporter.Form.TEXT, out, false));
        waitForStatus("Exported to");
        assertThat(Files.readString(out)).isEqualTo("""
                2024-10-10 11:46:40,000 - app.db - ERROR - query failed
                Traceback (most recent call last):
                  File "db.py", line 12, in run
                ZeroDivisionError: division by zero
                2024-10-10 11:46:41,000 - app - WARNING - slow response
                2024-10-10 11:46:43,000 - app - CRITICAL - out of memory
                """);
    }

    @Test
    void onlyTheSelectedRowsCanBeExportedAsJsonLines() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
        robot.interact(() -> {
            table().getSelectionModel().clearAndSelect(4);
            table().getSelectionModel().select(0);
        });
        Path out = dir.resolve("picked.jsonl");
        robot.interact(() -> view().export(RecordExporter.Form.JSONL, out, true));
        waitForStatus("Exported to");
        String[] lines = Files.readString(out).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"message\":\"service started\"").contains("\"line\":1");
        assertThat(lines[1]).contains("\"level\":\"CRITICAL\"").contains("\"message\":\"out of memory\"");
    }

    @Test
    void theLogItselfIsRefusedAsTheTarget() throws Exception {
        Path log = write("service.log", LOG);
        start(log.toString());
        waitForRows(5);
        robot.interact(() -> view().export(RecordExporter.Form.TEXT, log, false));
        waitForStatus("That is the log itself");
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(Files.readString(log)).isEqualTo(LOG);
    }
}
