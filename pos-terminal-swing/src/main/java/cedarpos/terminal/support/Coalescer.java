package cedarpos.terminal.support;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Runs an action at most once per interval however often it is requested, and
 * always once more after the last request: a catch-up of 10,000 acks becomes a
 * few status updates a second, and the final state is never skipped.
 */
public final class Coalescer {
    private final ScheduledExecutorService executor;
    private final long minIntervalMs;
    private final LongSupplier clock;
    private final Runnable action;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRunAtMs = Long.MIN_VALUE / 2;

    public Coalescer(ScheduledExecutorService executor, long minIntervalMs, LongSupplier clock, Runnable action) {
        this.executor = executor;
        this.minIntervalMs = minIntervalMs;
        this.clock = clock;
        this.action = action;
    }

    /** Safe from any thread; returns at once. */
    public void request() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        long wait = Math.max(0, lastRunAtMs + minIntervalMs - clock.getAsLong());
        try {
            executor.schedule(this::run, wait, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.set(false); // shutting down
        }
    }

    private void run() {
        // cleared before the action so a request made while it runs is not lost
        scheduled.set(false);
        lastRunAtMs = clock.getAsLong();
        action.run();
    }
}
