package cedarpos.server.enrollment;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Device enrollment (docs/protocol.md, "Enrollment and device tokens"): one-time
 * codes a manager creates for a branch, exchanged by a terminal for its device
 * token. Only SHA-256 hashes of codes and tokens are stored. Refusals are
 * {@link cedarpos.server.platform.RequestRefused} and change nothing.
 */
public interface Enrollments {
    /** A new code of the branch, valid for {@code ttl}; 404 UNKNOWN_BRANCH if there is no such branch. */
    IssuedCode createCode(BranchId branchId, Duration ttl, String actor);

    /**
     * Exchanges a code for a device token: creates the terminal in the code's
     * branch, or gives an existing terminal of that branch a new token (the old
     * one stops working).
     */
    Enrollment enroll(String code, TerminalId terminalId, String terminalName);

    /** Revokes the terminal's token; false if it had none or it was already revoked. 404 UNKNOWN_TERMINAL. */
    boolean revoke(TerminalId terminalId, String actor);

    /**
     * Whether the terminal was enrolled in the branch (its token may since have been revoked: it keeps its place,
     * its receipt printer and its history). Joins the caller's transaction.
     */
    boolean isEnrolledIn(TerminalId terminalId, BranchId branchId);

    /** The branch's terminals, by name, revoked ones included. */
    List<EnrolledTerminal> terminals(BranchId branchId);

    /** The branch a terminal was enrolled in, or empty when there is no such terminal. */
    Optional<BranchId> branchOf(TerminalId terminalId);

    /** Whose token this is, as the WebSocket upgrade presents it. */
    TokenCheck check(String token);

    /**
     * {@link #check} inside the caller's transaction, holding the device row's lock until it ends: a
     * revocation or re-enrollment (which lock the same row) commits wholly before the caller (who then sees
     * it) or after it, never in between, so nothing the caller writes lands after a revocation.
     */
    TokenCheck checkForWrite(String token);
}
