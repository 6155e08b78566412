package cedarpos.server.broadcast.internal;

import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.server.broadcast.BranchCatalogChanged;
import cedarpos.server.broadcast.BranchChangesCommitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Tells the branch's terminals about changes and new catalogs, only once the transaction that made them has
 * committed.
 */
@ApplicationScoped
public class CommitObserver {
    private static final Logger LOG = Logger.getLogger(CommitObserver.class.getName());

    @Inject
    private BranchSessions sessions;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BranchChangesCommitted event) {
        if (event.originReply() != null) {
            // the pusher's reply goes out before the changes are encoded: the terminal reads its ack first either
            // way, and can prepare its next batch while the (large) changes frame is written
            sessions.sendFirst(event.branchId(), event.originSessionId(), ProtocolCodec.encode(event.originReply()));
        }
        String frame = ProtocolCodec.encode(event.changes());
        sessions.broadcast(event.branchId(), frame, null, null);
        LOG.info(() -> "broadcast branch=" + event.branchId() + " records=" + event.changes().records().size()
                + " head=" + event.changes().head() + " sessions=" + sessions.openSessions(event.branchId()));
    }

    void onCatalog(@Observes(during = TransactionPhase.AFTER_SUCCESS) BranchCatalogChanged event) {
        sessions.broadcast(event.branchId(), ProtocolCodec.encode(event.catalog()), null, null);
        LOG.info(() -> "catalog broadcast branch=" + event.branchId() + " version=" + event.catalog().version()
                + " sessions=" + sessions.openSessions(event.branchId()));
    }
}
