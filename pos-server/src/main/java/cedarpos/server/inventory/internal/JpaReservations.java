package cedarpos.server.inventory.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.stock.Allocation;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.StockJson;
import cedarpos.server.inventory.Recipes;
import cedarpos.server.inventory.Reservations;
import cedarpos.server.platform.InLists;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

@ApplicationScoped
public class JpaReservations implements Reservations {
    private static final Logger LOG = Logger.getLogger(JpaReservations.class.getName());
    private static final TerminalId SERVER = new TerminalId(Operations.SERVER_ORIGIN);

    @Inject
    private EntityManager em;

    @Inject
    private Recipes recipes;

    /** A record the branch's terminals are owed, with the change-log seq it took. */
    private record StockRecord(long seq, String entity, String recordId, JsonObject payload) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChangeRecord> reconcile(BranchLock lock, List<MergedOrder> orders, Set<StockItemId> adjusted,
                                        long nowMs) {
        List<ChangeRecord> appended = new ArrayList<>();
        for (StockRecord r : decide(lock.branch(), orders, adjusted, nowMs, lock::nextSeq)) {
            ChangeRecord record = new ChangeRecord(r.seq(), r.entity(), r.recordId(), ChangeLog.SERVER, nowMs,
                    r.payload());
            lock.append(record, r.payload().toString());
            appended.add(record);
        }
        return appended;
    }

    private List<StockRecord> decide(BranchId branch, List<MergedOrder> orders, Set<StockItemId> adjusted,
                                     long nowMs, LongSupplier nextSeq) {
        if (orders.isEmpty() && adjusted.isEmpty()) {
            return List.of();
        }
        Map<String, ReservationEntity> existing = existing(orders);
        Map<String, List<Portion>> newRecipes = recipesOfNewLines(branch, orders, existing);
        if (existing.isEmpty() && newRecipes.isEmpty() && adjusted.isEmpty()) {
            return List.of(); // no tracked dish in these orders: the common case costs two queries
        }
        Items items = new Items(branch);
        List<StockRecord> records = new ArrayList<>();
        for (MergedOrder order : orders) {
            Map<StockItemId, Long> sold = new LinkedHashMap<>();
            for (MergedLine line : order.lines()) {
                String lineId = line.line().id().toString();
                ReservationEntity row = existing.get(lineId);
                Reservation current = row == null ? null : toDomain(row);
                List<Portion> recipe = row != null ? current.portions()
                        : newRecipes.getOrDefault(line.line().menuItemId().toString(), List.of());
                if (recipe.isEmpty() || !items.know(recipe)) {
                    continue;
                }
                Allocation.Decision d = Allocation.decide(current, Allocation.Claim.of(order, line), recipe,
                        items::available, nowMs);
                if (d == null) {
                    continue;
                }
                d.held().forEach(items::hold);
                d.sold().forEach((item, units) -> sold.merge(item, units, Long::sum));
                store(branch, row, d.reservation(), existing);
                records.add(new StockRecord(nextSeq.getAsLong(), Operations.RESERVATION, lineId,
                        StockJson.encode(d.reservation())));
                log(branch, d.reservation());
            }
            for (Map.Entry<StockItemId, Long> s : sold.entrySet()) {
                records.add(sale(branch, order.id(), s.getKey(), s.getValue(), nowMs, nextSeq.getAsLong(), items));
            }
        }
        for (StockItemId a : adjusted) {
            items.touch(a);
        }
        for (StockItemEntity item : items.touched()) {
            records.add(new StockRecord(nextSeq.getAsLong(), Operations.STOCK_LEVEL, item.id(),
                    StockJson.encode(item.balance())));
        }
        return records;
    }

    /** A denial is news for whoever reads the log; a confirmation, a release or a sale is routine. */
    private static void log(BranchId branch, Reservation r) {
        java.util.logging.Level level = r.denied() ? java.util.logging.Level.INFO : java.util.logging.Level.FINE;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "reservation branch=" + branch + " order=" + r.order() + " line=" + r.line() + " dish=\""
                    + r.dish() + "\" requested=" + r.requested() + " confirmed=" + r.confirmed() + " consumed="
                    + r.consumed() + " status=" + r.status() + " version=" + r.version());
        }
    }

    /** The branch's stock items this reconcile reads, loaded once each. */
    private final class Items {
        private final BranchId branch;
        private final Map<StockItemId, StockItemEntity> loaded = new HashMap<>();
        private final Set<StockItemEntity> touched = new LinkedHashSet<>();

        Items(BranchId branch) {
            this.branch = branch;
        }

        StockItemEntity get(StockItemId id) {
            return loaded.computeIfAbsent(id, k -> {
                StockItemEntity e = em.find(StockItemEntity.class, k.toString());
                return e != null && e.branchId().equals(branch.toString()) ? e : null;
            });
        }

        /** Every stock item of the recipe is one of the branch's (a recipe row is, by its foreign key). */
        boolean know(List<Portion> recipe) {
            for (Portion p : recipe) {
                if (get(p.item()) == null) {
                    LOG.warning(() -> "recipe names stock item " + p.item() + " that branch " + branch
                            + " does not have; the dish is not tracked");
                    return false;
                }
            }
            return true;
        }

        long available(StockItemId id) {
            StockItemEntity e = get(id);
            return e == null ? 0 : e.available();
        }

        void hold(StockItemId id, long delta) {
            StockItemEntity e = get(id);
            e.hold(delta);
            touched.add(e);
        }

        void adjust(StockItemId id, long delta) {
            StockItemEntity e = get(id);
            e.adjust(delta);
            touched.add(e);
        }

        void touch(StockItemId id) {
            StockItemEntity e = get(id);
            if (e != null) {
                touched.add(e);
            }
        }

        Set<StockItemEntity> touched() {
            return touched;
        }
    }

    /** A settled check's consumption of one item: an adjustment from the server, in the ledger like any other. */
    private StockRecord sale(BranchId branch, OrderId order, StockItemId item, long units, long nowMs, long seq,
                             Items items) {
        StockAdjustment a = new StockAdjustment(UUID.randomUUID(), item, StockAdjustment.Reason.SALE, -units,
                "order " + order.toString().substring(0, 8), new Stamp(nowMs, Operations.SERVER_ORIGIN, seq));
        em.persist(new StockAdjustmentEntity(a.id().toString(), branch.toString(), item.toString(),
                a.reason().name(), a.delta(), a.note(), a.stamp().encode(), SERVER.toString(),
                LocalDateTime.now(ZoneOffset.UTC)));
        items.adjust(item, a.delta());
        return new StockRecord(seq, Operations.STOCK, a.id().toString(), StockAdjustmentJson.encode(a));
    }

    private Map<String, ReservationEntity> existing(List<MergedOrder> orders) {
        Map<String, ReservationEntity> byLine = new HashMap<>();
        List<String> ids = orders.stream().map(o -> o.id().toString()).toList();
        for (List<String> chunk : InLists.chunks(ids)) {
            // nothing written in this transaction changes these rows before the read: no flush needed
            em.createNamedQuery("Reservation.findByOrders", ReservationEntity.class).setParameter("orderIds", chunk)
                    .setFlushMode(FlushModeType.COMMIT).getResultList().forEach(r -> byLine.put(r.lineId(), r));
        }
        return byLine;
    }

    /** The branch's recipes of the dishes of lines the server has not decided yet, by menu item. */
    private Map<String, List<Portion>> recipesOfNewLines(BranchId branch, List<MergedOrder> orders,
                                                         Map<String, ReservationEntity> existing) {
        Set<String> dishes = new LinkedHashSet<>();
        for (MergedOrder o : orders) {
            for (MergedLine l : o.lines()) {
                if (!existing.containsKey(l.line().id().toString())) {
                    dishes.add(l.line().menuItemId().toString());
                }
            }
        }
        Map<String, List<Portion>> byDish = new HashMap<>();
        for (List<String> chunk : InLists.chunks(new ArrayList<>(dishes))) {
            List<RecipePortionEntity> rows = em.createNamedQuery("RecipePortion.findByBranchAndMenuItems",
                    RecipePortionEntity.class).setParameter("branchId", branch.toString())
                    .setParameter("menuItemIds", chunk).setFlushMode(FlushModeType.COMMIT).getResultList();
            for (Recipe r : JpaRecipes.group(rows)) {
                byDish.put(r.menuItem().toString(), r.portions());
            }
        }
        return byDish;
    }

    private void store(BranchId branch, ReservationEntity row, Reservation r, Map<String, ReservationEntity> rows) {
        if (row == null) {
            row = new ReservationEntity(r.line().toString(), branch.toString(), r.order().toString(),
                    r.menuItem().toString(), r.dish(), r.orderedBy().toString(), StockJson.encodePortions(r.portions()));
            em.persist(row);
            rows.put(row.lineId(), row);
        }
        row.decided(r.requested(), r.confirmed(), r.consumed(), r.status().name(), r.version(), r.decidedAtMs());
    }

    static Reservation toDomain(ReservationEntity e) {
        return new Reservation(OrderLineId.parse(e.lineId()), OrderId.parse(e.orderId()),
                MenuItemId.parse(e.menuItemId()), e.dish(), TerminalId.parse(e.orderedBy()), portions(e),
                e.requested(), e.confirmed(), e.consumed(), e.version(), e.decidedAtMs());
    }

    static List<Portion> portions(ReservationEntity e) {
        try {
            return StockJson.decodePortions(e.portionsJson());
        } catch (ProtocolException invalid) {
            throw new IllegalStateException("stored portions of reservation " + e.lineId() + " are unreadable: "
                    + invalid.getMessage(), invalid);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<ReservationView> list(BranchId branch, ReservationStatus status) {
        List<ReservationEntity> rows = status == null
                ? em.createNamedQuery("Reservation.findByBranch", ReservationEntity.class)
                .setParameter("branchId", branch.toString()).getResultList()
                : em.createNamedQuery("Reservation.findByBranchAndStatus", ReservationEntity.class)
                .setParameter("branchId", branch.toString()).setParameter("status", status.name()).getResultList();
        return rows.stream().map(e -> {
            Reservation r = toDomain(e);
            return new ReservationView(e.lineId(), e.orderId(), e.menuItemId(), e.dish(), e.orderedBy(),
                    r.requested(), r.confirmed(), r.consumed(), r.held(), r.deniedPortions(), r.status().name(),
                    r.version(), r.decidedAtMs(), r.portions().stream()
                    .map(p -> new PortionView(p.item().toString(), p.perPortion())).toList());
        }).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<SoldOutView> soldOut(BranchId branch) {
        Map<String, Long> available = new HashMap<>();
        em.createNamedQuery("StockItem.findByBranch", StockItemEntity.class).setParameter("branchId",
                branch.toString()).getResultList().forEach(i -> available.put(i.id(), i.available()));
        Map<String, SellableItemEntity> dishes = new HashMap<>();
        em.createNamedQuery("SellableItem.findByBranch", SellableItemEntity.class)
                .setParameter("branchId", branch.toString()).getResultList().forEach(d -> dishes.put(d.id(), d));
        List<SoldOutView> out = new ArrayList<>();
        for (Recipe r : recipes.all(branch)) {
            SellableItemEntity dish = dishes.get(r.menuItem().toString());
            if (dish == null || !dish.active() || !r.soldOut(i -> available.getOrDefault(i.toString(), 0L))) {
                continue;
            }
            List<String> limitedBy = r.portions().stream()
                    .filter(p -> available.getOrDefault(p.item().toString(), 0L) < p.perPortion())
                    .map(p -> p.item().toString()).toList();
            out.add(new SoldOutView(r.menuItem().toString(), dish.nameEn(), limitedBy));
        }
        out.sort(java.util.Comparator.comparing(SoldOutView::name));
        return out;
    }
}
