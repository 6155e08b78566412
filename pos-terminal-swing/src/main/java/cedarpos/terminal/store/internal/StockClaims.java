package cedarpos.terminal.store.internal;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.Allocation;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.domain.stock.StockBalance;
import cedarpos.domain.stock.StockItem;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.StockJson;
import cedarpos.terminal.store.internal.Rows.AlertRow;
import cedarpos.terminal.store.internal.Rows.PortionRow;
import cedarpos.terminal.store.internal.Rows.ReservationRow;
import cedarpos.terminal.store.internal.Rows.StockItemRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * Order lines' claims on stock inside the caller's transaction. A line of a tracked dish gets its reservation row
 * in the same transaction as the line, PENDING until the server's decision arrives; the decision (a change record)
 * sets what the line shows; a denial of a line this terminal took raises an alert for its waiter and a DO NOT
 * PREPARE ticket for the kitchen, once per decision. One instance per transaction: it reads the recipes once.
 */
public final class StockClaims {
    private static final Logger LOG = Logger.getLogger(StockClaims.class.getName());

    private final SqlSession s;
    private final ReservationMapper reservations;
    private Map<String, List<Portion>> recipes;

    public StockClaims(SqlSession s) {
        this.s = s;
        this.reservations = s.getMapper(ReservationMapper.class);
    }

    /**
     * Brings the rows of {@code lines} (all when null) of an order up to what the merge now shows: a new line of a
     * tracked dish claims its quantity, a voided line or a cancelled order wants nothing.
     */
    public void refresh(MergedOrder m, Set<OrderLineId> lines, long nowMs) {
        if (m == null) {
            return;
        }
        Map<String, ReservationRow> rows = new HashMap<>();
        for (ReservationRow r : reservations.ofOrder(m.id().toString())) {
            rows.put(r.lineId, r);
        }
        claim(m, lines, rows, nowMs);
    }

    /** The claims of an order opened in this transaction: it has no rows yet, so none are read. */
    public void open(MergedOrder m, long nowMs) {
        claim(m, null, Map.of(), nowMs);
    }

    private void claim(MergedOrder m, Set<OrderLineId> lines, Map<String, ReservationRow> rows, long nowMs) {
        for (MergedLine line : m.lines()) {
            if (lines != null && !lines.contains(line.line().id())) {
                continue;
            }
            int want = Allocation.Claim.of(m, line).want();
            ReservationRow row = rows.get(line.line().id().toString());
            if (row == null) {
                List<Portion> recipe = recipes().get(line.line().menuItemId().toString());
                if (recipe == null || want == 0) {
                    continue;
                }
                row = new ReservationRow();
                row.lineId = line.line().id().toString();
                row.orderId = m.id().toString();
                row.menuItemId = line.line().menuItemId().toString();
                row.portionsJson = StockJson.encodePortions(recipe);
            } else if (row.want == want) {
                continue;
            }
            row.want = want;
            show(row, decision(row));
            row.updatedAtMs = nowMs;
            reservations.upsert(row);
        }
    }

    /**
     * Takes the server's decision when it is newer than the one held. A new denial of a line this terminal took
     * tells its waiter and the kitchen.
     *
     * @return true when the decision was new here
     */
    public boolean decide(Reservation r, UUID terminal, long nowMs) {
        ReservationRow row = reservations.find(r.line().toString());
        Reservation before = null;
        if (row == null) {
            row = new ReservationRow();
            row.lineId = r.line().toString();
            row.orderId = r.order().toString();
            row.menuItemId = r.menuItem().toString();
            row.want = r.requested(); // the line has not arrived here yet: it wants what the server decided on
        } else {
            if (row.version >= r.version()) {
                return false;
            }
            before = decision(row);
        }
        row.portionsJson = StockJson.encodePortions(r.portions());
        row.decisionJson = StockJson.encode(r).toString();
        row.version = r.version();
        row.updatedAtMs = nowMs;
        show(row, r);
        reservations.upsert(row);
        if (r.orderedBy().value().equals(terminal) && r.newDenialSince(before)) {
            deny(r, nowMs);
        }
        return true;
    }

    private void deny(Reservation r, long nowMs) {
        String tableId = reservations.tableOf(r.order().toString());
        AlertRow alert = new AlertRow();
        alert.lineId = r.line().toString();
        alert.orderId = r.order().toString();
        alert.version = r.version();
        alert.dish = r.dish();
        alert.portions = r.deniedPortions();
        alert.tableLabel = tableId == null ? null : OrderRepository.bareTableLabel(s, tableId);
        alert.createdAt = nowMs;
        reservations.insertAlert(alert);
        new KitchenTickets(s, nowMs).denied(r);
        LOG.warning(() -> "reservation denied order=" + r.order() + " line=" + r.line() + " dish=\"" + r.dish()
                + "\" portions=" + r.deniedPortions() + " version=" + r.version() + "; waiter and kitchen told");
    }

    /** What a row shows for its want, given the server's decision (null while none). */
    private static void show(ReservationRow row, Reservation decision) {
        if (decision == null) {
            row.status = (row.want > 0 ? ReservationStatus.PENDING : ReservationStatus.RELEASED).name();
            row.pending = row.want;
        } else {
            row.status = decision.statusFor(row.want).name();
            row.pending = decision.pendingFor(row.want);
        }
    }

    /** A balance the server sent (a change record): kept when newer than the one held. */
    public void balance(StockBalance b, long nowMs) {
        StockItemRow row = new StockItemRow();
        row.id = b.item().toString();
        row.level = b.level();
        row.held = b.held();
        row.version = b.version();
        row.updatedAtMs = nowMs;
        StockMapper stock = s.getMapper(StockMapper.class);
        if (stock.updateBalance(row) == 0) {
            stock.heard(row.id, nowMs);
        }
    }

    /** The catalog's stock items (balances kept when newer) and recipes (replaced). */
    public void catalog(List<StockItem> items, List<Recipe> recipeList, long nowMs) {
        StockMapper stock = s.getMapper(StockMapper.class);
        for (StockItem i : items) {
            StockItemRow row = new StockItemRow();
            row.id = i.id().toString();
            row.name = i.name();
            row.unit = i.unit();
            row.level = i.balance().level();
            row.held = i.balance().held();
            row.version = i.balance().version();
            row.updatedAtMs = nowMs;
            stock.upsertItem(row);
        }
        stock.deleteRecipes();
        for (Recipe r : recipeList) {
            for (Portion p : r.portions()) {
                PortionRow row = new PortionRow();
                row.menuItemId = r.menuItem().toString();
                row.stockItemId = p.item().toString();
                row.perPortion = p.perPortion();
                stock.insertPortion(row);
            }
        }
        recipes = null;
    }

    /** The recipes held here, by menu item. */
    public Map<String, List<Portion>> recipes() {
        if (recipes == null) {
            recipes = new HashMap<>();
            for (PortionRow p : s.getMapper(StockMapper.class).recipes()) {
                recipes.computeIfAbsent(p.menuItemId, k -> new ArrayList<>())
                        .add(new Portion(StockItemId.parse(p.stockItemId), p.perPortion));
            }
        }
        return recipes;
    }

    /** The recipes held here as domain values. */
    public List<Recipe> recipeList() {
        List<Recipe> list = new ArrayList<>();
        recipes().forEach((dish, portions) -> list.add(new Recipe(MenuItemId.parse(dish), portions)));
        return list;
    }

    public static Reservation decision(ReservationRow row) {
        if (row.decisionJson == null) {
            return null;
        }
        try {
            return StockJson.decodeReservation(RowMapping.json(row.decisionJson));
        } catch (ProtocolException e) {
            throw new IllegalStateException("stored reservation of line " + row.lineId + " is unreadable: "
                    + e.getMessage(), e);
        }
    }

    public static List<Portion> portions(ReservationRow row) {
        try {
            return StockJson.decodePortions(row.portionsJson);
        } catch (ProtocolException e) {
            throw new IllegalStateException("stored portions of line " + row.lineId + " are unreadable: "
                    + e.getMessage(), e);
        }
    }
}
