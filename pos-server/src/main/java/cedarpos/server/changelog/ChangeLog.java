package cedarpos.server.changelog;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Operations;
import cedarpos.server.platform.RequestRefused;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A branch's change log: the records terminals pull, in the order of their sequences, and the branch lock that
 * orders them. Every writer of a branch (a terminal's push, a manager's change) takes the lock first; whoever
 * holds it assigns the next sequences, so sequences commit in order and a puller never passes one that commits
 * later. The lock also orders the branch's catalog versions ({@link BranchLock#setupChanged()}). Every method joins
 * the caller's transaction.
 */
public interface ChangeLog {
    /** The origin of every record the server writes itself (a manager's change, a stock decision). */
    TerminalId SERVER = new TerminalId(Operations.SERVER_ORIGIN);

    /** Takes the branch lock until the transaction ends; empty when there is no such branch. */
    Optional<BranchLock> lockIfExists(BranchId branch);

    /**
     * Takes the branch lock until the transaction ends.
     *
     * @throws RequestRefused 404 UNKNOWN_BRANCH
     */
    default BranchLock lock(BranchId branch) {
        return lockIfExists(branch).orElseThrow(() -> new RequestRefused(404, "UNKNOWN_BRANCH", "no branch "
                + branch));
    }

    /** The branch's last sequence, without locking; empty when there is no such branch. */
    OptionalLong head(BranchId branch);

    /**
     * Records after {@code afterSeq}, ascending, at most {@code limit} and at most one page of characters
     * ({@link cedarpos.protocol.v1.ChangePages}), with the head as it was when they were read (never below the
     * last record returned).
     */
    Changes page(BranchId branch, long afterSeq, int limit);
}
