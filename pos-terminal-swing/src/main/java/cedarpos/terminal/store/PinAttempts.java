package cedarpos.terminal.store;

import java.time.Clock;

/**
 * The lockout every PIN pad of the till applies: {@value #MAX_FAILURES} wrong PINs in a row lock it for
 * {@value #LOCK_MS} ms, so a 4-digit PIN cannot be tried through in an afternoon. Thread-safe: a PIN is checked
 * off the UI thread and the pad asks on it.
 */
public final class PinAttempts {
    public static final int MAX_FAILURES = 5;
    public static final long LOCK_MS = 30_000;

    private final Clock clock;
    private int failures;
    private long lockedUntilMs;

    public PinAttempts(Clock clock) {
        this.clock = clock;
    }

    public synchronized boolean locked() {
        return clock.millis() < lockedUntilMs;
    }

    /** Whole seconds until the lock ends (at least 1 while locked). */
    public synchronized long secondsLeft() {
        return Math.max(1, (lockedUntilMs - clock.millis() + 999) / 1000);
    }

    /** A lock that has run out: forgets it. @return whether there was one */
    public synchronized boolean expire() {
        if (lockedUntilMs != 0 && !locked()) {
            lockedUntilMs = 0;
            return true;
        }
        return false;
    }

    /** Whether a lock was set at some point and not yet expired. */
    public synchronized boolean lockSet() {
        return lockedUntilMs != 0;
    }

    /**
     * A wrong PIN.
     *
     * @return how many tries are left before the lock; 0 when this one locked the pad
     */
    public synchronized int failed() {
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            lockedUntilMs = clock.millis() + LOCK_MS;
            return 0;
        }
        return MAX_FAILURES - failures;
    }

    /** A right PIN: the count starts again. */
    public synchronized void succeeded() {
        failures = 0;
    }
}
