package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The event-rate chart: its counts, and brushing it to set the time filter. */
class EventChartTest extends WindowTestBase {

    private static final String MINUTES = """
            2024-10-10 11:40:00,000 - app - INFO - a
            2024-10-10 11:40:30,000 - app - ERROR - b
            2024-10-10 11:45:00,000 - app - INFO - c
            2024-10-10 11:50:00,000 - app - WARNING - d
            2024-10-10 11:55:00,000 - app - INFO - e
            2024-10-10 11:59:59,000 - app - INFO - f
            """;

    @Test
    void theChartCountsEveryRecordAndABrushSetsTheTimeFilter() throws Exception {
        start(write("minutes.log", MINUTES).toString());
        waitForRows(6);
        EventChart chart = robot.lookup(".event-chart").queryAs(EventChart.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.histogram() != null);
        long total = 0;
        for (int b = 0; b < chart.histogram().bucketCount(); b++) {
            total += chart.histogram().total(b);
        }
        assertThat(total).isEqualTo(6);

        Canvas canvas = (Canvas) chart.lookup(".chart-canvas");
        Bounds area = canvas.localToScreen(canvas.getBoundsInLocal());
        double y = area.getMinY() + area.getHeight() / 2;
        // from a quarter of the span (about 11:45) to three quarters (about 11:55)
        robot.drag(new Point2D(area.getMinX() + area.getWidth() * 0.2, y), MouseButton.PRIMARY)
                .dropTo(new Point2D(area.getMinX() + area.getWidth() * 0.8, y));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#filter-from").queryAs(TextField.class).getText().isEmpty());
        waitForShownRecords(List.of(2L, 3L, 4L));
        assertThat(robot.lookup("#filter-from").queryAs(TextField.class).getText()).startsWith("2024-10-10T11:4");

        robot.doubleClickOn(new Point2D(area.getMinX() + area.getWidth() / 2, y), MouseButton.PRIMARY);
        waitForShownRecords(List.of(0L, 1L, 2L, 3L, 4L, 5L));
        assertThat(robot.lookup("#filter-from").queryAs(TextField.class).getText()).isEmpty();

        robot.drag(new Point2D(area.getMinX() + area.getWidth() * 0.2, y), MouseButton.PRIMARY)
                .dropTo(new Point2D(area.getMinX() + area.getWidth() * 0.8, y));
        waitForShownRecords(List.of(2L, 3L, 4L));
        robot.interact(() -> table().requestFocus());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitForShownRecords(List.of(0L, 1L, 2L, 3L, 4L, 5L));

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> bucket = robot.lookup("#chart-bucket").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> bucket.getSelectionModel().select("5m"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.histogram().bucketMillis() == 300_000);
        assertThat(chart.histogram().bucketCount()).isEqualTo(4); // 11:40, 11:45, 11:50, 11:55
        assertThat(chart.histogram().total(0)).isEqualTo(2);
    }

    @Test
    void theChartIsExportedAsAPng() throws Exception {
        start(write("minutes.log", MINUTES).toString());
        waitForRows(6);
        EventChart chart = robot.lookup(".event-chart").queryAs(EventChart.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.histogram() != null);
        java.nio.file.Path png = dir.resolve("chart.png");
        robot.interact(() -> PngExport.write(chart.snapshot(), png));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(png));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) chart.getWidth());
        assertThat(image.getHeight()).isEqualTo((int) chart.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x++) {
            colours.add(image.getRGB(x, image.getHeight() - 22)); // just above the axis: bars and background
        }
        assertThat(colours.size()).as("bars drawn in colours of their own").isGreaterThan(1);
    }

    private void waitForShownRecords(List<Long> expected) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitForAsyncFx(2000, () -> List.copyOf(table().getItems())).equals(expected));
    }
}
