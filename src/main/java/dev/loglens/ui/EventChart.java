package dev.loglens.ui;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.level.Level;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.stats.Histogram;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import dev.loglens.core.time.TypedTimes;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Events per time bucket, stacked by level in the level colours, drawn on one canvas (no node per bar).
 * The bucket size follows the visible span (round sizes from 1 s to 1 day). Counts come from the index,
 * in the background. Drag across to set the time filter; double-click or Escape resets it; the wheel zooms
 * around the pointer; a click on a bar jumps to its first record; a line marks the selected record's time.
 */
final class EventChart extends Pane {

    /** What the chart asks of its view. */
    interface Target {
        /** Sets the time filter to {@code [from, until)}, or clears it (both NO_TIME). */
        void filterTime(long from, long until);

        /** Moves to the first record at or after the time. */
        void goToTime(long wallMillis);
    }

    static final double HEIGHT = 110;
    private static final long[] NICE_SIZES = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
        600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000};
    private static final PseudoClass[] SWATCH_STYLES = LevelStyle.all().toArray(PseudoClass[]::new);
    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Region[] swatches = new Region[SWATCH_STYLES.length];
    private final Region noLevelSwatch = new Region();
    private final RecordIndex index;
    private final Supplier<RecordSelection> selection;
    private final Target target;
    private final ExecutorService worker = Background.singleThread("loglens-chart");
    private final FxBatcher redraw = new FxBatcher(this::draw);
    private Cancellation counting = Cancellation.none();
    private volatile Histogram histogram;
    private long viewFrom = TimeFields.NO_TIME;
    private long viewUntil = TimeFields.NO_TIME;
    private boolean zoomed;
    private boolean narrowedByBrush;
    /** The bucket size the user picked, or 0 for one that follows the span shown. */
    private long pickedBucket;
    private double dragFrom = -1;
    private double dragTo = -1;
    private long marker = TimeFields.NO_TIME;
    private final Map<Level, Paint> colours = new HashMap<>();
    private List<String> coloursFor = List.of();

    EventChart(RecordIndex index, Supplier<RecordSelection> selection, Target target) {
        this.index = index;
        this.selection = selection;
        this.target = target;
        getStyleClass().add("event-chart");
        canvas.getStyleClass().add("chart-canvas");
        setPrefHeight(HEIGHT);
        setMinHeight(HEIGHT);
        hover.getStyleClass().add("chart-hover");
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        for (int i = 0; i < swatches.length; i++) {
            swatches[i] = swatch(SWATCH_STYLES[i]);
        }
        noLevelSwatch.getStyleClass().add("chart-swatch");
        noLevelSwatch.setManaged(false);
        noLevelSwatch.setVisible(false);
        getChildren().addAll(canvas, hover, noLevelSwatch);
        canvas.setOnMouseMoved(this::showHover);
        canvas.setOnMouseExited(e -> hover.setVisible(false));
        canvas.setOnMousePressed(e -> {
            requestFocus(); // so that Escape reaches the chart
            dragFrom = e.getX();
            dragTo = -1;
        });
        canvas.setOnMouseDragged(e -> {
            dragTo = e.getX();
            draw();
        });
        canvas.setOnMouseReleased(this::release);
        canvas.setOnScroll(this::zoom);
        setFocusTraversable(true);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                reset();
            }
        });
        widthProperty().addListener(o -> recount());
    }

    /** A hidden region styled like a level: the chart takes its colours from the stylesheet through it. */
    private Region swatch(PseudoClass level) {
        Region swatch = new Region();
        swatch.getStyleClass().add("chart-swatch");
        swatch.pseudoClassStateChanged(level, true);
        swatch.setManaged(false);
        swatch.setVisible(false);
        getChildren().add(swatch);
        return swatch;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Counts again in the background: the data, the filter or the view changed. */
    void recount() {
        counting.cancel();
        Cancellation cancellation = FxForeground.newJob();
        counting = cancellation;
        double width = Math.max(100, getWidth());
        RecordSelection rows = selection.get();
        long from = viewFrom;
        long until = viewUntil;
        boolean fixed = zoomed;
        long picked = pickedBucket;
        Background.submit(worker, () -> {
            try {
                long start = from;
                long end = until;
                Histogram before = histogram;
                // While a followed log grows, only its new records are read: for the span and for the counts.
                boolean grows = rows == null && !fixed && before != null && before.recordsCounted() >= 0
                        && before.recordsCounted() <= index.recordCount();
                if (!fixed) {
                    long[] span = grows ? before.timeSpanWithRecordsAppended(index) : Histogram.timeSpan(index);
                    if (span[0] == TimeFields.NO_TIME) {
                        return;
                    }
                    start = span[0];
                    end = span[1] + 1;
                }
                long auto = niceSize((end - start) / (width / 4));
                // A picked size that would make more buckets than pixels falls back to the automatic one.
                long bucket = picked > 0 && (end - start) / picked <= width ? picked : auto;
                Histogram counted = grows && before.bucketMillis() == bucket
                        ? before.withRecordsAppended(index, cancellation)
                        : fixed ? Histogram.count(index, rows, bucket, start, end, cancellation)
                        : Histogram.count(index, rows, bucket, cancellation);
                long viewStart = fixed ? from : Math.floorDiv(start, bucket) * bucket;
                long viewEnd = fixed ? until : (Math.floorDiv(end - 1, bucket) + 1) * bucket;
                Platform.runLater(() -> {
                    if (!cancellation.isCancelled()) {
                        histogram = counted;
                        viewFrom = viewStart;
                        viewUntil = viewEnd;
                        redraw.request();
                    }
                });
            } catch (CancellationException overtaken) {
                // a newer count is on its way
            }
        });
    }

    /** The round bucket size at or above {@code millis}: 1 s … 1 day. */
    static long niceSize(double millis) {
        for (long size : NICE_SIZES) {
            if (size >= millis) {
                return size;
            }
        }
        return NICE_SIZES[NICE_SIZES.length - 1] * (long) Math.ceil(millis / NICE_SIZES[NICE_SIZES.length - 1]);
    }

    /**
     * Draws a given histogram over {@code [from, until)} at once and returns how long the drawing took, in
     * nanoseconds: for the benchmark's "redraw of 10,000 buckets"; FX thread.
     */
    long drawTimed(Histogram shown, long from, long until) {
        histogram = shown;
        viewFrom = from;
        viewUntil = until;
        long start = System.nanoTime();
        draw();
        return System.nanoTime() - start;
    }

    /** Uses buckets of {@code millis} (0: a size that follows the span shown) and counts again. */
    void pickBucket(long millis) {
        pickedBucket = millis;
        recount();
    }

    /** Marks the time of the selected record (NO_TIME: no mark). */
    void mark(long wallMillis) {
        marker = wallMillis;
        draw();
    }

    Histogram histogram() {
        return histogram;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        Histogram shown = histogram;
        if (shown == null || viewUntil <= viewFrom || w <= 0) {
            return;
        }
        double plotTop = 4;
        double plotHeight = h - 20;
        double span = viewUntil - viewFrom;
        long max = Math.max(1, shown.maxTotal());
        List<Integer> order = levelsBySeverity(shown.levelCount());
        Paint[] paints = new Paint[shown.levelCount()];
        for (int level : order) {
            paints[level] = colourOf(index.levels().level(level));
        }
        double barWidth = Math.max(1, shown.bucketMillis() / span * w - (shown.bucketMillis() / span * w > 3 ? 1 : 0));
        for (int b = 0; b < shown.bucketCount(); b++) {
            double x = (shown.bucketStart(b) - viewFrom) / span * w;
            double y = plotTop + plotHeight;
            for (int level : order) {
                long count = shown.count(b, level);
                if (count > 0) {
                    double bar = count * plotHeight / max;
                    g.setFill(paints[level]);
                    g.fillRect(x, y - bar, barWidth, bar);
                    y -= bar;
                }
            }
        }
        g.setFill(axisColour());
        g.fillText(AXIS.format(TypedTimes.dateTime(viewFrom)), 2, h - 4);
        String end = AXIS.format(TypedTimes.dateTime(viewUntil));
        g.fillText(end, Math.max(0, w - 7 * end.length()), h - 4);
        g.fillText(String.format("%,d", max) + " / " + describe(shown.bucketMillis()), w / 2 - 40, h - 4);
        if (marker != TimeFields.NO_TIME && marker >= viewFrom && marker < viewUntil) {
            double x = (marker - viewFrom) / span * w;
            g.setStroke(axisColour());
            g.strokeLine(x, plotTop, x, plotTop + plotHeight);
        }
        if (dragFrom >= 0 && dragTo >= 0) {
            g.setFill(Color.gray(0.5, 0.25));
            g.fillRect(Math.min(dragFrom, dragTo), plotTop, Math.abs(dragTo - dragFrom), plotHeight);
        }
    }

    /** Severity order, lowest first: the bars stack INFO under WARNING under ERROR. */
    private List<Integer> levelsBySeverity(int levels) {
        List<Integer> order = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            order.add(level);
        }
        order.sort((a, b) -> Integer.compare(index.levels().level(a).severity(), index.levels().level(b).severity()));
        return order;
    }

    /**
     * The level's colour from its swatch, looked up once per stylesheet list (a theme switch changes it), not
     * on every redraw while the user drags.
     */
    private Paint colourOf(Level level) {
        List<String> sheets = getScene() == null ? List.of() : List.copyOf(getScene().getStylesheets());
        if (!sheets.equals(coloursFor)) {
            colours.clear();
            coloursFor = sheets;
        }
        return colours.computeIfAbsent(level, this::lookUpColour);
    }

    private Paint lookUpColour(Level level) {
        PseudoClass style = LevelStyle.of(level);
        for (int i = 0; i < SWATCH_STYLES.length; i++) {
            if (SWATCH_STYLES[i] == style) {
                return fillOf(swatches[i]);
            }
        }
        return fillOf(noLevelSwatch);
    }

    private Paint axisColour() {
        return hover.getTextFill();
    }

    private static Paint fillOf(Region swatch) {
        swatch.applyCss();
        return swatch.getBackground() == null || swatch.getBackground().getFills().isEmpty() ? Color.GRAY
                : swatch.getBackground().getFills().get(0).getFill();
    }

    private long timeAt(double x) {
        return viewFrom + (long) (x / canvas.getWidth() * (viewUntil - viewFrom));
    }

    private void showHover(MouseEvent e) {
        Histogram shown = histogram;
        if (shown == null || viewUntil <= viewFrom) {
            return;
        }
        long time = timeAt(e.getX());
        int b = (int) Math.floorDiv(time - shown.bucketStart(0), shown.bucketMillis());
        if (b < 0 || b >= shown.bucketCount()) {
            hover.setVisible(false);
            return;
        }
        StringBuilder text = new StringBuilder(AXIS.format(TypedTimes.dateTime(shown.bucketStart(b))));
        text.append("  (").append(describe(shown.bucketMillis())).append(")");
        List<Integer> mostSevereFirst = levelsBySeverity(shown.levelCount());
        Collections.reverse(mostSevereFirst);
        for (int level : mostSevereFirst) {
            long count = shown.count(b, level);
            if (count > 0) {
                text.append('\n').append(index.levels().level(level).name()).append(' ').append(String.format("%,d", count));
            }
        }
        hover.setText(text.toString());
        hover.setVisible(true);
        hover.relocate(Math.min(e.getX() + 12, getWidth() - 160), 2);
    }

    private void release(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            reset();
        } else if (dragTo >= 0 && Math.abs(dragTo - dragFrom) > 3) {
            long from = timeAt(Math.min(dragFrom, dragTo));
            long until = timeAt(Math.max(dragFrom, dragTo));
            target.filterTime(from, until);
            narrowedByBrush = true;
        } else if (histogram != null) {
            long time = timeAt(e.getX());
            long bucket = Math.floorDiv(time - histogram.bucketStart(0), histogram.bucketMillis());
            target.goToTime(histogram.bucketStart(0) + bucket * histogram.bucketMillis());
        }
        dragFrom = -1;
        dragTo = -1;
        draw();
    }

    /** The wheel zooms around the pointer: the time under it stays where it is. */
    private void zoom(ScrollEvent e) {
        if (viewUntil <= viewFrom || e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        long pivot = timeAt(e.getX());
        long from = pivot - (long) ((pivot - viewFrom) * factor);
        long until = pivot + (long) ((viewUntil - pivot) * factor);
        if (until - from < 10_000) {
            return; // ten seconds across is as close as it gets
        }
        viewFrom = from;
        viewUntil = until;
        zoomed = true;
        recount();
        e.consume();
    }

    /** Whether the chart is zoomed in or has set a time filter: what Escape undoes. */
    boolean isNarrowed() {
        return zoomed || narrowedByBrush;
    }

    /** Back to the whole log, and no time filter. */
    void reset() {
        narrowedByBrush = false;
        zoomed = false;
        target.filterTime(TimeFields.NO_TIME, TimeFields.NO_TIME);
        recount();
    }

    /** The chart as it is drawn now, for "Export chart as PNG". */
    WritableImage snapshot() {
        return canvas.snapshot(null, null);
    }


    private static String describe(long bucketMillis) {
        if (bucketMillis % 86_400_000 == 0) {
            return bucketMillis / 86_400_000 + " d";
        } else if (bucketMillis % 3_600_000 == 0) {
            return bucketMillis / 3_600_000 + " h";
        } else if (bucketMillis % 60_000 == 0) {
            return bucketMillis / 60_000 + " min";
        }
        return bucketMillis / 1000 + " s";
    }

    void shutdown() {
        counting.cancel();
        worker.shutdownNow();
    }
}
