package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The filter bar and the find bar, driven as a user would, checked by the rows the table shows. */
class FilterAndFindTest extends WindowTestBase {

    @BeforeEach
    void open() throws Exception {
        start(write("service.log", LOG).toString());
        waitForRows(5);
    }

    @Test
    void levelTogglesShowTheirCountsAndHideTheirRecords() throws Exception {
        ToggleButton info = robot.lookup("#level-info").queryAs(ToggleButton.class);
        assertThat(info.getText()).isEqualTo("INFO 1");
        assertThat(robot.lookup("#level-error").queryAs(ToggleButton.class).getText()).isEqualTo("ERROR 1");
        robot.interact(info::fire);
        waitForShown(1L, 2L, 3L, 4L);
        waitForStatus("4 of 5 records shown");
        robot.interact(() -> robot.lookup("#level-debug").queryAs(ToggleButton.class).fire());
        waitForShown(1L, 2L, 4L);
        robot.interact(info::fire);
        waitForShown(0L, 1L, 2L, 4L);
    }

    @Test
    void aRegexFilterShowsOnlyMatchingRecords() throws Exception {
        robot.interact(() -> robot.lookup("#filter-regex").queryAs(ToggleButton.class).fire());
        type("#filter-include", "slow|out of mem");
        waitForShown(2L, 4L);
    }

    @Test
    void anIncludeTermFindsTheRecordWhoseTracebackHoldsIt() throws Exception {
        type("#filter-include", "ZeroDivisionError");
        waitForShown(1L);
        assertThat(rowText(1)).contains("query failed");
    }

    @Test
    void excludedTermsHideTheirRecordsAndEnterPinsSeveral() throws Exception {
        type("#filter-exclude", "tick");
        waitForShown(0L, 1L, 2L, 4L);
        robot.interact(() -> robot.lookup("#filter-exclude").queryAs(TextField.class).fireEvent(
                new javafx.event.ActionEvent()));
        type("#filter-exclude", "memory");
        waitForShown(0L, 1L, 2L);
    }

    @Test
    void anInvalidRegexIsExplainedAndTheRowsStay() throws Exception {
        robot.interact(() -> robot.lookup("#filter-regex").queryAs(ToggleButton.class).fire());
        type("#filter-include", "(unclosed");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".filter-problem").queryLabeled()
                .getText().startsWith("invalid regular expression"));
        assertThat(shownRecords()).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void theLoggerFilterTakesALoggerAndItsChildren() throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> logger = robot.lookup("#filter-logger").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logger.getItems().size() == 2);
        assertThat(logger.getItems()).containsExactly("app", "app.db");
        robot.interact(() -> logger.setValue("app.db"));
        waitForShown(1L);
        robot.interact(() -> logger.setValue("app"));
        waitForShown(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void aTimeRangeShowsTheRecordsInIt() throws Exception {
        type("#filter-from", "11:46:41");
        waitForShown(2L, 3L, 4L);
        type("#filter-until", "2024-10-10 11:46:43");
        waitForShown(2L, 3L);
    }

    @Test
    void findNextAndPreviousMoveThroughMatchesAndMarkThem() throws Exception {
        robot.interact(() -> table().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#find-term").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#find-term").queryAs(TextField.class).setText("app"));
        robot.interact(() -> robot.lookup("#find-term").queryAs(TextField.class).requestFocus());
        robot.push(KeyCode.ENTER);
        waitForSelected(0);
        robot.push(KeyCode.ENTER);
        waitForSelected(1);
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        waitForSelected(0);
        robot.interact(() -> robot.lookup("#find-term").queryAs(TextField.class).setText("slow"));
        robot.push(KeyCode.F3);
        waitForSelected(2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> table().lookupAll(".match").stream().anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("slow"))));
        robot.push(KeyCode.F3);
        waitForStatus("No match after this record");
    }

    private void type(String field, String text) {
        robot.interact(() -> robot.lookup(field).queryAs(TextField.class).setText(text));
    }

    private List<Long> shownRecords() throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> List.copyOf(table().getItems()));
    }

    private void waitForShown(Long... records) throws Exception {
        List<Long> expected = List.of(records);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownRecords().equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(shownRecords()).containsExactlyElementsOf(expected);
        }
    }
}
