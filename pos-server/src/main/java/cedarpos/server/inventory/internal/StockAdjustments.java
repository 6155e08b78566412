package cedarpos.server.inventory.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.server.access.AuditLog;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.inventory.Reservations;
import cedarpos.server.inventory.Stock;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A manager's stock adjustment (a delivery, waste, a count): written like a terminal's, under the branch lock, into
 * the change log with the server's origin, followed by the claims and balances it moves; audited; broadcast after
 * commit. Any refusal rolls the whole change back, the head included.
 */
@ApplicationScoped
public class StockAdjustments {
    @Inject
    private ChangeLog changeLog;

    @Inject
    private Stock stock;

    @Inject
    private Reservations reservations;

    @Inject
    private AuditLog audit;

    /** @throws RequestRefused 404 UNKNOWN_BRANCH, 400 INVALID_FIELD; nothing changes */
    @Transactional
    public JsonObject adjust(BranchId branchId, StockItemId item, StockAdjustment.Reason reason, long delta,
                             String note, String manager) {
        BranchLock lock = changeLog.lock(branchId);
        long seq = lock.nextSeq();
        long now = System.currentTimeMillis();
        StockAdjustment a;
        try {
            a = new StockAdjustment(UUID.randomUUID(), item, reason, delta, note,
                    new Stamp(now, Operations.SERVER_ORIGIN, seq));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
        try {
            stock.recordAll(branchId, List.of(a), ChangeLog.SERVER);
        } catch (Stock.StockRejected e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
        JsonObject payload = StockAdjustmentJson.encode(a);
        ChangeRecord adjustment = new ChangeRecord(seq, Operations.STOCK, a.id().toString(), ChangeLog.SERVER, now,
                payload);
        lock.append(adjustment, payload.toString());
        List<ChangeRecord> records = new ArrayList<>(List.of(adjustment));
        records.addAll(reservations.reconcile(lock, List.of(), Set.of(item), now));
        lock.committed(records, null, null);
        audit.record(manager, "STOCK_ADJUSTED", branchId, a.id().toString(), "item=" + item + " reason=" + reason
                + " delta=" + delta + " seq=" + seq);
        return payload;
    }
}
