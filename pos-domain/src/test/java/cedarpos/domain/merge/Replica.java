package cedarpos.domain.merge;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.TerminalId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One copy of a branch's synced records (a terminal's database or the server's),
 * reduced to what the merge rules see: order states, table registers, the stock
 * ledger. Local writes go through the same domain calls the terminal makes.
 */
final class Replica {
    static final BranchId BRANCH = BranchId.parse("b0000000-0000-4000-8000-000000000001");

    /** A write on its way: what a terminal's outbox entry carries. */
    sealed interface Delta permits OrderDelta, TableDelta, StockDelta {
    }

    record OrderDelta(OrderState state) implements Delta {
    }

    record TableDelta(TableState state) implements Delta {
    }

    record StockDelta(StockAdjustment adjustment) implements Delta {
    }

    final TerminalId id;
    final Map<OrderId, OrderState> orders = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    final Map<TableId, TableState> tables = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    StockLedger ledger = StockLedger.empty();
    private long seq;

    Replica(TerminalId id) {
        this.id = id;
    }

    void apply(Delta d) {
        if (d instanceof OrderDelta o) {
            orders.merge(o.state().id(), o.state(), OrderState::join);
        } else if (d instanceof TableDelta t) {
            tables.merge(t.state().id(), t.state(), TableState::join);
        } else if (d instanceof StockDelta s) {
            ledger = ledger.with(s.adjustment());
        }
    }

    /** Everything another replica holds, joined into this one (a pull of the server's full records). */
    void pullFrom(Replica other) {
        other.orders.values().forEach(o -> apply(new OrderDelta(o)));
        other.tables.values().forEach(t -> apply(new TableDelta(t)));
        ledger = ledger.join(other.ledger);
    }

    Stamp next(long atMs) {
        return new Stamp(atMs, id.value(), ++seq);
    }

    Delta write(Delta d) {
        apply(d);
        return d;
    }

    Delta open(long at, OrderId order, TableId table, MenuItemId item, int qty, Currency currency) {
        Stamp s = next(at);
        OrderLine line = new OrderLine(OrderLineId.random(), item, "Dish " + item.toString().substring(0, 4), qty,
                Money.of(350, currency));
        return write(new OrderDelta(OrderState.open(order, new OrderBirth(BRANCH, id, currency, at), table, 2,
                List.of(new LineAdd(line, null, s)), s)));
    }

    /** Adds a line; null when this replica does not know the order or it is closed. */
    Delta addLine(long at, OrderId order, MenuItemId item, int qty) {
        MergedOrder m = open(order);
        if (m == null) {
            return null;
        }
        Stamp s = next(at);
        OrderLine line = new OrderLine(OrderLineId.random(), item, "Dish", qty, Money.of(275, m.currency()));
        return write(new OrderDelta(OrderState.withLines(order, List.of(new LineAdd(line, "extra", s)))));
    }

    Delta edit(long at, OrderId order, int pick, String what, int value) {
        MergedOrder m = open(order);
        if (m == null) {
            return null;
        }
        List<MergedLine> standing = m.lines().stream().filter(l -> !l.isVoided()).toList();
        if (standing.isEmpty()) {
            return null;
        }
        MergedLine line = standing.get(Math.floorMod(pick, standing.size()));
        LineState state = orders.get(order).line(line.line().id());
        Stamp s = next(at);
        LineEdit e = switch (what) {
            case "quantity" -> LineEdit.quantity(s, state.heads(), 1 + Math.floorMod(value, 9));
            case "note" -> LineEdit.note(s, state.heads(), "note " + value);
            case "void" -> LineEdit.voided(s, state.heads(), new VoidMark("reason " + value, "staff " + value));
            default -> LineEdit.sentToKitchen(s, state.heads());
        };
        return write(new OrderDelta(OrderState.withEdit(order, line.line().id(), e)));
    }

    Delta header(long at, OrderId order, int value) {
        MergedOrder m = open(order);
        if (m == null) {
            return null;
        }
        Stamp s = next(at);
        OrderState d = value % 2 == 0
                ? OrderState.withDiscount(order, new Discount(Discount.Kind.PERCENT, 100 + Math.floorMod(value, 2000),
                "promo"), s)
                : OrderState.withGuests(order, Math.floorMod(value, 12), s);
        return write(new OrderDelta(d));
    }

    Delta settle(long at, OrderId order) {
        MergedOrder m = open(order);
        if (m == null) {
            return null;
        }
        return write(new OrderDelta(orders.get(order).settle(m.total().minor(), next(at))));
    }

    Delta table(long at, TableId table, int value) {
        TableStatus status = TableStatus.values()[Math.floorMod(value, TableStatus.values().length)];
        return write(new TableDelta(TableState.of(table, status, next(at))));
    }

    Delta stock(long at, StockItemId item, int value) {
        StockAdjustment.Reason reason = StockAdjustment.Reason.values()[Math.floorMod(value, 3)];
        long delta = switch (reason) {
            case DELIVERY -> 1 + Math.floorMod(value, 40);
            case WASTE, SALE -> -(1 + Math.floorMod(value, 5));
            case COUNT -> Math.floorMod(value, 7) - 3;
        };
        return write(new StockDelta(new StockAdjustment(UUID.randomUUID(), item, reason, delta, null, next(at))));
    }

    /** The order as this replica shows it, when it is still open for edits. */
    private MergedOrder open(OrderId order) {
        OrderState s = orders.get(order);
        MergedOrder m = s == null ? null : s.merge();
        return m == null || m.status() == OrderStatus.SETTLED || m.status() == OrderStatus.CANCELLED ? null : m;
    }

    /** Comparable picture of everything: exact states and what the rules make of them. */
    Map<String, Object> picture() {
        Map<String, Object> p = new LinkedHashMap<>();
        orders.forEach((k, v) -> {
            p.put("state " + k, v);
            p.put("merged " + k, v.merge());
        });
        tables.forEach((k, v) -> p.put("table " + k, v));
        p.put("ledger", ledger);
        p.put("levels", new TreeMap<>(ledgerLevels()));
        return p;
    }

    private Map<String, Long> ledgerLevels() {
        Map<String, Long> levels = new TreeMap<>();
        ledger.levels().forEach((k, v) -> levels.put(k.toString(), v));
        return levels;
    }
}
