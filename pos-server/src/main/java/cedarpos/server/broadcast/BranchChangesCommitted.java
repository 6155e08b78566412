package cedarpos.server.broadcast;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Message;
import java.util.Objects;

/**
 * Change log records of a branch were committed. Fired inside the writing
 * transaction; delivered to terminals only after it commits.
 *
 * @param originSessionId the session whose message caused the change, or null
 * @param originReply     sent to that session before the changes (the ack), or null
 */
public record BranchChangesCommitted(BranchId branchId, Changes changes, String originSessionId,
                                     Message originReply) {
    public BranchChangesCommitted {
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(changes, "changes");
    }
}
