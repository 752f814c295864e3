package dev.loglens.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void aLiveJobGivesWayToItsForegroundAtEachCheck() {
        AtomicInteger givenWay = new AtomicInteger();
        Cancellation job = new Cancellation(givenWay::incrementAndGet);

        job.throwIfCancelled();
        job.throwIfCancelled();

        assertThat(givenWay).hasValue(2);
    }

    @Test
    void aJobCancelledWhileGivingWayStopsWithoutAnotherStep() {
        Cancellation[] job = new Cancellation[1];
        job[0] = new Cancellation(() -> job[0].cancel()); // the user closes the view while the job waits

        assertThatThrownBy(job[0]::throwIfCancelled).isInstanceOf(CancellationException.class);
    }

    @Test
    void aCancelledJobStopsAtOnceInsteadOfWaitingForTheForeground() {
        AtomicInteger givenWay = new AtomicInteger();
        Cancellation job = new Cancellation(givenWay::incrementAndGet);
        job.cancel();

        assertThatThrownBy(job::throwIfCancelled).isInstanceOf(CancellationException.class);
        assertThat(givenWay).hasValue(0);
    }
}
