package dev.loglens.ui;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * Measures how long the JavaFX thread is kept from drawing while LogLens works on a big file: an animation
 * timer asks for a frame on every pulse, and the longest gap between two frames is the longest time the
 * thread was busy. The script opens the file, scrolls while it is indexed, then filters and searches, the
 * way a user would, and prints the worst and the 99th-percentile gap of each phase.
 *
 * <p>Run under a display (or {@code xvfb-run}): {@code java -jar target/loglens.jar bench-ui FILE}.
 */
public final class PulseBenchmark {

    private final List<Long> gaps = new ArrayList<>();
    /** The time of the last frame; read by the gap watcher too. */
    private volatile long lastFrame;
    private LogLensApp app;

    private PulseBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: loglens bench-ui FILE   (a big log, e.g. the 1 GiB file of `loglens bench`)");
            return 2;
        }
        return new PulseBenchmark().measure(Path.of(args[0]));
    }

    private int measure(Path file) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            app = new LogLensApp();
            app.init();
            app.start(new Stage());
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (lastFrame != 0) {
                        synchronized (gaps) {
                            gaps.add(now - lastFrame);
                        }
                    }
                    lastFrame = now;
                }
            }.start();
            started.countDown();
        });
        started.await();
        if (Boolean.getBoolean("loglens.gapStacks")) {
            printStacksDuringGaps();
        }
        Thread.sleep(500); // let the window settle before measuring
        System.out.printf("file: %s, %,d bytes%n", file, Files.size(file));
        System.out.printf("%-40s %10s %12s %12s %8s%n", "phase", "time (s)", "worst gap", "p99 gap", "frames");

        phase("idle window (baseline)", () -> Thread.sleep(1000));
        Path small = Files.createTempFile("loglens-warm-up", ".log");
        Files.writeString(small, "2024-10-10 11:46:39,123 - app - INFO - warm-up\n");
        phase("JavaFX warm-up: open a one-line log", () -> {
            Platform.runLater(() -> app.open(small));
            waitUntil(() -> onFx(() -> view() != null && view().isIndexed() && view().table().items().total() == 1));
            Thread.sleep(500);
        });
        Files.delete(small);
        long opened = System.nanoTime();
        phase("open until the first rows show", () -> {
            Platform.runLater(() -> app.open(file));
            waitUntil(() -> onFx(() -> view() != null && view().table() != null
                    && view().table().items().total() > 0));
        });
        System.out.printf(Locale.ROOT, "  first screen %.0f ms after asking to open%n", (System.nanoTime() - opened) / 1e6);
        phase("index the rest while scrolling", () -> {
            int step = 0;
            while (!onFx(() -> view().isIndexed())) {
                int at = step++;
                Platform.runLater(() -> scrollTo(at % 2 == 0 ? 1.0 : 0.5));
                Thread.sleep(100);
            }
        });
        phase("jump to the end, then the middle", () -> {
            Platform.runLater(() -> view().actions().last());
            Thread.sleep(500);
            Platform.runLater(() -> scrollTo(0.5));
            Thread.sleep(500);
        });
        phase("idle with the log shown", () -> Thread.sleep(1000));
        chartRedraw();
        phase("filter: hide INFO and DEBUG, until shown", () -> {
            Platform.runLater(() -> {
                view().lookupAll(".level-toggle").forEach(node -> {
                    ToggleButton level = (ToggleButton) node;
                    if (level.getText().startsWith("INFO") || level.getText().startsWith("DEBUG")) {
                        level.fire();
                    }
                });
            });
            waitForFilter();
        });
        phase("filter: type 'status=5' letter by letter", () -> {
            TextField include =
                    (TextField) onFxValue(() -> view().lookup("#filter-include"));
            for (char c : "status=5".toCharArray()) {
                Platform.runLater(() -> include.appendText(String.valueOf(c)));
                Thread.sleep(120);
            }
            waitForFilter();
        });
        phase("filter: regex 'status=5\\d\\d'", () -> {
            Platform.runLater(() -> {
                ((ToggleButton) view().lookup("#filter-regex")).fire();
                ((TextField) view().lookup("#filter-include")).setText("status=5\\d\\d");
            });
            Thread.sleep(400);
            waitForFilter();
        });
        phase("clear the filters", () -> {
            Platform.runLater(() -> {
                ((TextField) view().lookup("#filter-include")).clear();
                view().lookupAll(".level-toggle").forEach(node -> {
                    ToggleButton level = (ToggleButton) node;
                    if (!level.isSelected()) {
                        level.fire();
                    }
                });
            });
            Thread.sleep(600);
        });
        phase("find 'Traceback' next x10", () -> {
            Platform.runLater(() -> view().showFind());
            Thread.sleep(200);
            Platform.runLater(() -> ((TextField) view().lookup("#find-term")).setText("Traceback"));
            for (int i = 0; i < 10; i++) {
                Platform.runLater(() -> view().findAgain(true));
                Thread.sleep(150);
            }
        });
        Path tailed = Files.createTempFile("loglens-follow", ".log");
        Files.writeString(tailed, "2024-10-10 11:46:39,123 - app - INFO - start\n");
        long[] written = {0, 0};
        phase("follow a writer at 100,000 lines/s for 3 s", () -> {
            Platform.runLater(() -> app.open(tailed).setFollowing(true));
            waitUntil(() -> onFx(() -> view() != null && view().isIndexed()));
            written[0] = writeLines(tailed, 100_000, 3);
            long lastWritten = System.nanoTime();
            waitUntil(() -> onFx(() -> view().table().items().total() >= written[0] + 1));
            written[1] = System.nanoTime() - lastWritten;
        });
        System.out.printf(Locale.ROOT, "  %,d lines written; all shown %.0f ms after the last was written%n",
                written[0], written[1] / 1e6);
        Files.delete(tailed);
        phase("next error x20", () -> {
            for (int i = 0; i < 20; i++) {
                Platform.runLater(() -> view().actions().nextError(true));
                Thread.sleep(50);
            }
        });
        return 0; // the caller exits the JVM: Platform.exit under a virtual display only adds shutdown noise
    }

    /** Times the chart's redraw of 10,000 buckets (the figure), on the JavaFX thread, 20 times. */
    private void chartRedraw() throws Exception {
        dev.loglens.core.index.RecordIndex index = view().table().index();
        long[] span = dev.loglens.core.stats.Histogram.timeSpan(index);
        long bucket = Math.max(1, (span[1] - span[0]) / 10_000 + 1);
        dev.loglens.core.stats.Histogram histogram = dev.loglens.core.stats.Histogram.count(index, null, bucket,
                dev.loglens.core.task.Cancellation.none());
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            int run = i;
            onFx(() -> {
                nanos[run] = view().chart().drawTimed(histogram, histogram.bucketStart(0),
                        histogram.bucketStart(0) + histogram.bucketCount() * bucket);
                return true;
            });
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "chart redraw of %,d buckets: median %.1f ms, worst %.1f ms%n",
                histogram.bucketCount(), nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
        onFx(() -> {
            view().chart().recount();
            return true;
        });
    }

    /** Appends numbered lines at {@code perSecond} in batches every 10 ms for {@code seconds}; returns how many. */
    private static long writeLines(Path file, int perSecond, int seconds) throws Exception {
        long count = 0;
        int batch = perSecond / 100;
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            for (int tick = 0; tick < seconds * 100; tick++) {
                StringBuilder lines = new StringBuilder(batch * 80);
                for (int i = 0; i < batch; i++) {
                    lines.append("2024-10-10 11:46:40,000 - app.worker - INFO - line ").append(count++).append('\n');
                }
                out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                long ahead = start + (tick + 1) * 10_000_000L - System.nanoTime();
                if (ahead > 0) {
                    Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
                }
            }
        }
        return count;
    }

    /** Waits until the status bar no longer says the filter is running (it says "filtering n%" until then). */
    private void waitForFilter() throws Exception {
        Thread.sleep(300); // the typing pause before a filter starts
        waitUntil(() -> onFx(() -> {
            Label status = (Label) view().lookup(".status");
            return status.getText().contains("records shown") && !status.getText().contains("filtering");
        }));
    }

    private static Object onFxValue(Supplier<Object> question) throws Exception {
        Object[] answer = new Object[1];
        onFx(() -> {
            answer[0] = question.get();
            return true;
        });
        return answer[0];
    }

    /**
     * With {@code -Dloglens.gapStacks=true}: while no frame has come for 60 ms, prints what the JavaFX thread is
     * doing every 40 ms, to find what a long gap is made of.
     */
    private void printStacksDuringGaps() {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
        Thread watcher = new Thread(() -> {
            long printed = 0;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                long last = lastFrame;
                if (last != 0 && now - last > 60_000_000L && now - printed > 40_000_000L) {
                    printed = now;
                    StringBuilder stack = new StringBuilder("no frame for " + (now - last) / 1_000_000 + " ms:\n");
                    for (StackTraceElement frame : fx.getStackTrace()) {
                        stack.append("    ").append(frame).append('\n');
                    }
                    System.out.print(stack);
                }
            }
        }, "loglens-gap-stacks");
        watcher.setDaemon(true);
        watcher.start();
    }

    private LogView view() {
        return app.current();
    }

    private void scrollTo(double fraction) {
        RecordTable table = view().table();
        table.showRowAtTop((long) ((table.items().total() - 1) * fraction));
    }

    private interface Step {
        void run() throws Exception;
    }

    private void phase(String name, Step step) throws Exception {
        synchronized (gaps) {
            gaps.clear();
        }
        long start = System.nanoTime();
        step.run();
        Thread.sleep(200); // the last frames of the phase
        long[] sorted;
        synchronized (gaps) {
            sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        long worst = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        long p99 = sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
        System.out.printf(Locale.ROOT, "%-40s %10.2f %9.1f ms %9.1f ms %8d%n", name, (System.nanoTime() - start) / 1e9,
                worst / 1e6, p99 / 1e6, sorted.length);
    }

    private static boolean onFx(BooleanSupplier question) throws Exception {
        boolean[] answer = new boolean[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            answer[0] = question.getAsBoolean();
            done.countDown();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer for 30 s");
        }
        return answer[0];
    }

    private static void waitUntil(CheckedCondition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting after 5 minutes");
            }
            Thread.sleep(5);
        }
    }

    private interface CheckedCondition {
        boolean holds() throws Exception;
    }
}
