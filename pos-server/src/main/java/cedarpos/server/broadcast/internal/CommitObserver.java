package cedarpos.server.broadcast.internal;

import cedarpos.protocol.v1.ChangePages;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.server.broadcast.BranchCatalogChanged;
import cedarpos.server.broadcast.BranchChangesCommitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
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

    private final Object pageOrder = new Object();

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BranchChangesCommitted event) {
        if (event.originReply() != null) {
            // the pusher's reply goes out before the changes are encoded: the terminal reads its ack first either
            // way, and can prepare its next batch while the (large) changes frame is written
            sessions.sendFirst(event.branchId(), event.originSessionId(), ProtocolCodec.encode(event.originReply()));
        }
        // a page at a time, ascending: every session's frames are queued in order, so a terminal applies them as
        // contiguous runs exactly as if it had pulled them; the lock keeps another commit's pages from landing
        // between them (queueing never blocks, so holding it is cheap)
        List<Changes> pages = ChangePages.split(event.changes());
        List<String> frames = pages.stream().map(ProtocolCodec::encode).toList();
        synchronized (pageOrder) {
            for (String frame : frames) {
                sessions.broadcast(event.branchId(), frame, null, null);
            }
        }
        LOG.info(() -> "broadcast branch=" + event.branchId() + " records=" + event.changes().records().size()
                + " frames=" + pages.size() + " head=" + event.changes().head() + " sessions="
                + sessions.openSessions(event.branchId()));
    }

    void onCatalog(@Observes(during = TransactionPhase.AFTER_SUCCESS) BranchCatalogChanged event) {
        sessions.broadcast(event.branchId(), ProtocolCodec.encode(event.catalog()), null, null);
        LOG.info(() -> "catalog broadcast branch=" + event.branchId() + " version=" + event.catalog().version()
                + " sessions=" + sessions.openSessions(event.branchId()));
    }
}
