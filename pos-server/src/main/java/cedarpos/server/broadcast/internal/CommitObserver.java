package cedarpos.server.broadcast.internal;

import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.server.broadcast.BranchChangesCommitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Tells the branch's terminals about changes, only once the transaction that made them has committed. */
@ApplicationScoped
public class CommitObserver {
    private static final Logger LOG = Logger.getLogger(CommitObserver.class.getName());

    @Inject
    private BranchSessions sessions;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BranchChangesCommitted event) {
        String frame = ProtocolCodec.encode(event.changes());
        String first = event.originReply() == null ? null : ProtocolCodec.encode(event.originReply());
        sessions.broadcast(event.branchId(), frame, event.originSessionId(), first);
        LOG.info(() -> "broadcast branch=" + event.branchId() + " records=" + event.changes().records().size()
                + " head=" + event.changes().head() + " sessions=" + sessions.openSessions(event.branchId()));
    }
}
