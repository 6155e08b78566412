package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Resolution;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.server.admin.AuditLog;
import cedarpos.server.broadcast.BranchCatalogChanged;
import cedarpos.server.broadcast.BranchChangesCommitted;
import cedarpos.server.inventory.Recipes;
import cedarpos.server.inventory.Reservations;
import cedarpos.server.inventory.Stock;
import cedarpos.server.order.ConflictView;
import cedarpos.server.order.OrderService;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Changes a manager makes on the server (a conflict resolution, a stock adjustment, a recipe): written like a push,
 * under the branch head lock, into the change log with the server's origin, audited, broadcast after commit.
 * Any refusal rolls the whole change back, the head included.
 */
@ApplicationScoped
public class ManagerChanges {
    /** The origin of every change the server makes itself. */
    public static final TerminalId SERVER = new TerminalId(Operations.SERVER_ORIGIN);
    private static final Logger LOG = Logger.getLogger(ManagerChanges.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private OrderService orders;

    @Inject
    private Stock stock;

    @Inject
    private AuditLog audit;

    @Inject
    private Reservations reservations;

    @Inject
    private Recipes recipes;

    @Inject
    private CatalogService catalogs;

    @Inject
    private CatalogSnapshots snapshots;

    @Inject
    private Event<BranchChangesCommitted> committed;

    @Inject
    private Event<BranchCatalogChanged> catalogChanged;

    @Transactional
    public ConflictView resolve(BranchId branchId, String conflictId, Resolution resolution, String manager) {
        BranchHeadEntity head = lockHead(em, branchId);
        long seq = head.nextSeq();
        long now = System.currentTimeMillis();
        OrderService.ResolvedConflict r = orders.resolve(branchId, conflictId, resolution,
                new Stamp(now, Operations.SERVER_ORIGIN, seq), manager);
        String orderId = r.conflict().orderId();
        List<ChangeRecord> records = new ArrayList<>();
        records.add(append(branchId, seq, Operations.ORDER, orderId, now, r.order().payload(),
                r.order().payloadText()));
        // a resolution can add, void or change lines: their claims on stock are decided like a terminal's
        MergedOrder merged = r.order().state().merge();
        records.addAll(appendStock(branchId, merged == null ? List.of() : List.of(merged), Set.of(), now, head));
        fire(branchId, records);
        audit.record(manager, "CONFLICT_RESOLVED", branchId, conflictId, "order=" + orderId + " key="
                + r.conflict().key() + " resolution=" + r.conflict().resolution() + " seq=" + seq);
        LOG.info(() -> "conflict resolution branch=" + branchId + " conflict=" + conflictId + " order=" + orderId
                + " by=" + manager + " choice=" + resolution.choice() + " seq=" + seq);
        return r.conflict();
    }

    @Transactional
    public JsonObject adjustStock(BranchId branchId, StockItemId item, StockAdjustment.Reason reason, long delta,
                                  String note, String manager) {
        BranchHeadEntity head = lockHead(em, branchId);
        long seq = head.nextSeq();
        long now = System.currentTimeMillis();
        StockAdjustment a;
        try {
            a = new StockAdjustment(UUID.randomUUID(), item, reason, delta, note,
                    new Stamp(now, Operations.SERVER_ORIGIN, seq));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
        try {
            stock.recordAll(branchId, List.of(a), SERVER);
        } catch (Stock.StockRejected e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
        JsonObject payload = StockAdjustmentJson.encode(a);
        List<ChangeRecord> records = new ArrayList<>();
        records.add(append(branchId, seq, Operations.STOCK, a.id().toString(), now, payload, payload.toString()));
        records.addAll(appendStock(branchId, List.of(), Set.of(item), now, head));
        fire(branchId, records);
        audit.record(manager, "STOCK_ADJUSTED", branchId, a.id().toString(), "item=" + item + " reason=" + reason
                + " delta=" + delta + " seq=" + seq);
        return payload;
    }

    /** Takes the branch lock that orders its change log and catalog versions; 404 UNKNOWN_BRANCH without it. */
    static BranchHeadEntity lockHead(EntityManager em, BranchId branchId) {
        BranchHeadEntity head = em.find(BranchHeadEntity.class, branchId.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new RequestRefused(404, "UNKNOWN_BRANCH", "no branch " + branchId);
        }
        return head;
    }

    /**
     * Replaces a dish's recipe and sends every connected terminal of the branch the new catalog (a terminal that
     * is offline gets it with its next welcome).
     */
    @Transactional
    public Recipe setRecipe(BranchId branchId, MenuItemId menuItem, List<Portion> portions, String manager) {
        lockHead(em, branchId);
        Recipe recipe = recipes.set(branchId, menuItem, portions);
        catalogs.bumpVersion(branchId);
        Catalog catalog = snapshots.of(branchId).orElseThrow();
        audit.record(manager, "RECIPE_SET", branchId, menuItem.toString(), recipe.portions().isEmpty()
                ? "not tracked" : "portions=" + recipe.portions().stream()
                .map(p -> p.perPortion() + "x" + p.item()).toList() + " catalogVersion=" + catalog.version());
        catalogChanged.fire(new BranchCatalogChanged(branchId, catalog));
        LOG.info(() -> "recipe set branch=" + branchId + " menuItem=" + menuItem + " portions="
                + recipe.portions().size() + " by=" + manager + " catalogVersion=" + catalog.version());
        return recipe;
    }

    /** @param payloadText {@code payload} as JSON text, for the log: the order's was already written once */
    private ChangeRecord append(BranchId branchId, long seq, String entity, String recordId, long committedAt,
                                JsonObject payload, String payloadText) {
        em.persist(new ChangeLogEntity(branchId.toString(), seq, entity, recordId, SERVER.toString(), committedAt,
                payloadText));
        return new ChangeRecord(seq, entity, recordId, SERVER, committedAt, payload);
    }

    /** The stock records a manager's change owes the terminals, appended after it. */
    private List<ChangeRecord> appendStock(BranchId branchId, List<MergedOrder> orders, Set<StockItemId> adjusted,
                                           long now, BranchHeadEntity head) {
        List<ChangeRecord> records = new ArrayList<>();
        for (Reservations.StockRecord r : reservations.reconcile(branchId, orders, adjusted, now, head::nextSeq)) {
            records.add(append(branchId, r.seq(), r.entity(), r.recordId(), now, r.payload(),
                    r.payload().toString()));
        }
        return records;
    }

    private void fire(BranchId branchId, List<ChangeRecord> records) {
        em.flush();
        committed.fire(new BranchChangesCommitted(branchId, new Changes(records.get(records.size() - 1).seq(),
                records), null, null));
    }
}
