package cedarpos.terminal.store;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.FloorRepository;
import cedarpos.terminal.store.internal.ReservationMapper;
import cedarpos.terminal.store.internal.Rows.AlertRow;
import cedarpos.terminal.store.internal.Rows.ReservationRow;
import cedarpos.terminal.store.internal.Rows.StockItemRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StockClaims;
import cedarpos.terminal.store.internal.StockMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;

/**
 * What this terminal knows of stock: the server's balances as last heard, the claims of its lines (pending until
 * the server decides), what each tracked dish can still make, and the denials its waiter has not acknowledged.
 * While offline, its own pending claims count against the last balances it heard: an estimate, shown as such.
 * And the stock adjustments (deliveries, waste, counts) written here.
 */
public final class StockBook {
    private final SqliteDatabase db;
    private final Clock clock;
    private final Runnable changed;
    private final LocalWrites writes;

    StockBook(SqliteDatabase db, Clock clock, LocalWrites writes, Runnable changed) {
        this.db = db;
        this.clock = clock;
        this.writes = writes;
        this.changed = changed;
    }

    /** Records a delivery, waste or count difference of a stock item (a grow-only set of adjustments). */
    public StockAdjustment adjust(StockItemId item, StockAdjustment.Reason reason, long delta, String note) {
        if (item == null || reason == null) {
            throw new IllegalArgumentException("stock item and reason are required");
        }
        return writes.write(c -> {
            StockAdjustment a = new StockAdjustment(UUID.randomUUID(), item, reason, delta, note, c.stamp());
            FloorRepository.insertAdjustment(c.session(), a);
            return new Entry<>(Operations.STOCK, a.id().toString(), Operations.ADJUST,
                    StockAdjustmentJson.encode(a).toString(),
                    a);
        });
    }

    /** The sum of every adjustment of the item this terminal holds. */
    public long level(StockItemId item) {
        try (SqlSession s = db.read()) {
            return s.getMapper(StockMapper.class).level(item.toString());
        }
    }

    /**
     * A stock item as this terminal knows it.
     *
     * @param available    level - held, as the server last said
     * @param pendingHere  units this terminal's undecided claims would take
     * @param heardAtMs    when the server last sent its balance (empty: never)
     */
    public record Level(StockItemId id, String name, String unit, long level, long held, long available,
                        long pendingHere, OptionalLong heardAtMs) {
        /** What is left if every undecided claim here is confirmed: the estimate an offline terminal goes by. */
        public long estimate() {
            return available - pendingHere;
        }
    }

    /**
     * A tracked dish: how many more portions can be made.
     *
     * @param portionsLeft  by the server's balances as last heard
     * @param estimatedLeft after this terminal's undecided claims
     */
    public record Dish(MenuItemId id, long portionsLeft, long estimatedLeft) {
        /** The server's balances say not one more portion: 86'd. */
        public boolean soldOut() {
            return portionsLeft == 0;
        }

        /** Counting what is still waiting for the server, maybe not one more portion. */
        public boolean maybeOut() {
            return estimatedLeft == 0;
        }
    }

    /**
     * A line's claim on stock.
     *
     * @param denied portions the server refused: the kitchen must not prepare them
     */
    public record Line(OrderLineId id, ReservationStatus status, int denied) {
    }

    /**
     * A denial this terminal's waiter must see until acknowledged.
     *
     * @param tableLabel the order's table as the floor plan labels it ("T4"), null for a counter order
     */
    public record Alert(long id, OrderId order, OrderLineId line, String dish, int portions, String tableLabel,
                        long createdAtMs) {
    }

    /** Every stock item of the catalog, by name. */
    public List<Level> levels() {
        try (SqlSession s = db.read()) {
            Map<String, Long> pending = pending(s);
            List<Level> levels = new ArrayList<>();
            for (StockItemRow r : s.getMapper(StockMapper.class).items()) {
                levels.add(new Level(StockItemId.parse(r.id), r.name, r.unit, r.level, r.held, r.level - r.held,
                        pending.getOrDefault(r.id, 0L), r.updatedAtMs == null ? OptionalLong.empty()
                        : OptionalLong.of(r.updatedAtMs)));
            }
            return levels;
        }
    }

    /** The tracked dishes of the catalog; a dish not here is not tracked and never sells out on its own. */
    public Map<MenuItemId, Dish> dishes() {
        try (SqlSession s = db.read()) {
            Map<String, Long> pending = pending(s);
            Map<StockItemId, Long> available = new HashMap<>();
            Map<StockItemId, Long> estimate = new HashMap<>();
            for (StockItemRow r : s.getMapper(StockMapper.class).items()) {
                StockItemId id = StockItemId.parse(r.id);
                available.put(id, r.level - r.held);
                estimate.put(id, r.level - r.held - pending.getOrDefault(r.id, 0L));
            }
            Map<MenuItemId, Dish> dishes = new LinkedHashMap<>();
            for (Recipe r : new StockClaims(s).recipeList()) {
                dishes.put(r.menuItem(), new Dish(r.menuItem(), r.portionsLeft(i -> available.getOrDefault(i, 0L)),
                        r.portionsLeft(i -> estimate.getOrDefault(i, 0L))));
            }
            return dishes;
        }
    }

    /** The claims of an order's lines of tracked dishes, by line. */
    public Map<OrderLineId, Line> lines(OrderId order) {
        try (SqlSession s = db.read()) {
            Map<OrderLineId, Line> lines = new LinkedHashMap<>();
            for (ReservationRow r : s.getMapper(ReservationMapper.class).ofOrder(order.toString())) {
                ReservationStatus status = ReservationStatus.valueOf(r.status);
                Reservation decided = status == ReservationStatus.DENIED ? StockClaims.decision(r) : null;
                lines.put(OrderLineId.parse(r.lineId), new Line(OrderLineId.parse(r.lineId), status,
                        decided == null ? 0 : decided.deniedPortions()));
            }
            return lines;
        }
    }

    /** Denials of lines this terminal took, not yet acknowledged, oldest first. */
    public List<Alert> alerts() {
        try (SqlSession s = db.read()) {
            return s.getMapper(ReservationMapper.class).openAlerts().stream().map(StockBook::alert).toList();
        }
    }

    /** The waiter saw the alert. @return false when it was already acknowledged (or never existed) */
    public boolean acknowledge(long alertId) {
        int n;
        try (SqlSession s = db.write()) {
            n = s.getMapper(ReservationMapper.class).acknowledge(alertId, clock.millis());
            s.commit();
        }
        if (n == 1) {
            changed.run();
        }
        return n == 1;
    }

    /** Per stock item, the units undecided claims here would take. */
    private static Map<String, Long> pending(SqlSession s) {
        Map<String, Long> units = new HashMap<>();
        for (ReservationRow r : s.getMapper(ReservationMapper.class).pending()) {
            for (Portion p : StockClaims.portions(r)) {
                units.merge(p.item().toString(), r.pending * p.perPortion(), Long::sum);
            }
        }
        return units;
    }

    private static Alert alert(AlertRow r) {
        return new Alert(r.id, OrderId.parse(r.orderId), OrderLineId.parse(r.lineId), r.dish, r.portions,
                r.tableLabel, r.createdAt);
    }
}
