package cedarpos.server.order.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Resolution;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Operations;
import cedarpos.server.access.AuditLog;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.inventory.Reservations;
import cedarpos.server.order.ConflictView;
import cedarpos.server.order.OrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A manager keeps one version of a conflict from the review queue: written like a push, under the branch lock,
 * into the change log with the server's origin (the order, then the stock claims its lines now make), audited, and
 * broadcast after commit. Any refusal rolls the whole change back, the head included.
 */
@ApplicationScoped
public class ConflictResolutions {
    private static final Logger LOG = Logger.getLogger(ConflictResolutions.class.getName());

    @Inject
    private ChangeLog changeLog;

    @Inject
    private OrderService orders;

    @Inject
    private Reservations reservations;

    @Inject
    private AuditLog audit;

    /** @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_BRANCH, UNKNOWN_CONFLICT; 409, 400 as resolve */
    @Transactional
    public ConflictView resolve(BranchId branchId, String conflictId, Resolution resolution, String manager) {
        BranchLock lock = changeLog.lock(branchId);
        long seq = lock.nextSeq();
        long now = System.currentTimeMillis();
        OrderService.ResolvedConflict r = orders.resolve(branchId, conflictId, resolution,
                new Stamp(now, Operations.SERVER_ORIGIN, seq), manager);
        String orderId = r.conflict().orderId();
        ChangeRecord order = new ChangeRecord(seq, Operations.ORDER, orderId, ChangeLog.SERVER, now,
                r.order().payload());
        lock.append(order, r.order().payloadText());
        List<ChangeRecord> records = new ArrayList<>(List.of(order));
        // a resolution can add, void or change lines: their claims on stock are decided like a terminal's
        MergedOrder merged = r.order().state().merge();
        records.addAll(reservations.reconcile(lock, merged == null ? List.of() : List.of(merged), Set.of(), now));
        lock.committed(records, null, null);
        audit.record(manager, "CONFLICT_RESOLVED", branchId, conflictId, "order=" + orderId + " key="
                + r.conflict().key() + " resolution=" + r.conflict().resolution() + " seq=" + seq);
        LOG.info(() -> "conflict resolution branch=" + branchId + " conflict=" + conflictId + " order=" + orderId
                + " by=" + manager + " choice=" + resolution.choice() + " seq=" + seq);
        return r.conflict();
    }
}
