package cedarpos.systemtest;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes, then fails with what it last saw. */
public final class Await {
    private Await() {
    }

    public static Duration until(Duration limit, String what, BooleanSupplier condition) {
        return until(limit, what, condition, () -> "");
    }

    /** @return how long the condition took to hold */
    public static Duration until(Duration limit, String what, BooleanSupplier condition, Supplier<String> lastSeen) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what + " " + lastSeen.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
