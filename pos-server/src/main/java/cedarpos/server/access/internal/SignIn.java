package cedarpos.server.access.internal;

import java.util.Set;

/**
 * What a name and password came to: accepted (with the account's roles), refused (unknown name, wrong password or
 * disabled account: the caller cannot tell which), or locked until a time after too many wrong passwords.
 */
public record SignIn(Status status, Set<String> roles, long lockedUntilMs) {
    public enum Status { ACCEPTED, REFUSED, LOCKED }

    static final SignIn REFUSED = new SignIn(Status.REFUSED, Set.of(), 0);

    static SignIn accepted(Set<String> roles) {
        return new SignIn(Status.ACCEPTED, Set.copyOf(roles), 0);
    }

    static SignIn locked(long untilMs) {
        return new SignIn(Status.LOCKED, Set.of(), untilMs);
    }

    /** Whole seconds until the lock ends (at least 1), for Retry-After. */
    public long retryAfterSeconds(long nowMs) {
        return Math.max(1, (lockedUntilMs - nowMs + 999) / 1000);
    }
}
