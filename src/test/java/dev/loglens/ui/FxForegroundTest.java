package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A background job of the window is held back while the JavaFX thread is busy, and only then. */
class FxForegroundTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch stepped = new CountDownLatch(1);

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void freeTheJavaFxThread() {
        release.countDown();
    }

    @Test
    void aJobWaitsWhileTheJavaFxThreadIsBusyAndGoesOnOnceItHasCaughtUp() throws Exception {
        keepTheJavaFxThreadBusy();

        startJobOfTwoSteps(new FxForeground());

        assertThat(stepped.await(100, TimeUnit.MILLISECONDS)).as("held back while the thread is busy").isFalse();
        release.countDown();
        assertThat(stepped.await(5, TimeUnit.SECONDS)).as("goes on once the thread has caught up").isTrue();
    }

    @Test
    void aJavaFxThreadStuckElsewhereDoesNotStopTheWork() throws Exception {
        keepTheJavaFxThreadBusy();

        startJobOfTwoSteps(new FxForeground());

        assertThat(stepped.await(20 * FxForeground.LONGEST_WAIT_NANOS, TimeUnit.NANOSECONDS))
                .as("goes on after the longest wait, the thread still busy").isTrue();
    }

    @Test
    void aJobIsNotHeldBackWhileTheJavaFxThreadIsFree() throws Exception {
        FxForeground foreground = new FxForeground();
        Thread job = new Thread(() -> {
            for (int step = 0; step < 200; step++) {
                foreground.giveWay();
            }
            stepped.countDown();
        });
        job.start();

        assertThat(stepped.await(20 * FxForeground.LONGEST_WAIT_NANOS, TimeUnit.NANOSECONDS)).isTrue();
    }

    private void keepTheJavaFxThreadBusy() throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        Platform.runLater(() -> {
            busy.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        busy.await();
    }

    /** The first step leaves a token for the JavaFX thread; the second waits for it. */
    private void startJobOfTwoSteps(FxForeground foreground) {
        Thread job = new Thread(() -> {
            foreground.giveWay();
            foreground.giveWay();
            stepped.countDown();
        });
        job.setDaemon(true);
        job.start();
    }
}
