package cedarpos.terminal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescerTest {
    final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void tenThousandRequestsBecomeAFewRunsAndTheLastOneIsNeverLost() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicLong seen = new AtomicLong();
        AtomicLong latest = new AtomicLong();
        Coalescer c = new Coalescer(executor, 100, System::currentTimeMillis, () -> {
            runs.incrementAndGet();
            seen.set(latest.get());
        });
        long start = System.nanoTime();
        for (int i = 1; i <= 10_000; i++) {
            latest.set(i);
            c.request();
            if (i % 1000 == 0) {
                Thread.sleep(50); // spread the burst over about half a second, like a catch-up
            }
        }
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Thread.sleep(300);
        assertThat(seen.get()).isEqualTo(10_000);
        // at most one run per 100 ms, plus the first and the trailing one
        assertThat(runs.get()).isBetween(2, (int) (elapsedMs / 100) + 3);
    }

    @Test
    void aLoneRequestRunsAtOnce() throws Exception {
        AtomicLong ranAt = new AtomicLong();
        Coalescer c = new Coalescer(executor, 10_000, System::currentTimeMillis,
                () -> ranAt.set(System.currentTimeMillis()));
        long asked = System.currentTimeMillis();
        c.request();
        Thread.sleep(200);
        assertThat(ranAt.get()).isBetween(asked, asked + 150);
    }
}
