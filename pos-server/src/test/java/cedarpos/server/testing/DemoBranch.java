package cedarpos.server.testing;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.domain.merge.VoidMark;
import cedarpos.domain.pay.Payment;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.TableStateJson;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ids of the demo data (db-migrations, db/demo/server) and builders of valid entries for it. Every change
 * an entry carries is stamped like a till stamps it: the entry's event time, its terminal, its seq.
 */
public final class DemoBranch {
    public static final BranchId ID = BranchId.parse("b0000000-0000-4000-8000-000000000001");
    public static final TableId TABLE_1 = TableId.parse("c0000000-0000-4000-8000-000000000001");
    public static final TableId TABLE_2 = TableId.parse("c0000000-0000-4000-8000-000000000002");
    public static final int TABLES = 11;
    public static final int MENU_ITEMS = 21;
    /** Tracked dishes of the demo menu (db/demo/server): 2 kofta skewers; 1 kofta, 1 tawook and 1 lamb chop. */
    public static final MenuItemId HUMMUS_DISH = MenuItemId.parse("a0000000-0000-4000-8000-000000000001");
    public static final MenuItemId KAFTA_DISH = MenuItemId.parse("a0000000-0000-4000-8000-000000000008");
    public static final MenuItemId MIXED_GRILL_DISH = MenuItemId.parse("a0000000-0000-4000-8000-000000000010");
    /** One portion of KIBBEH_NAYYEH; the demo opens with 6. */
    public static final MenuItemId KIBBEH_NAYYEH_DISH = MenuItemId.parse("a0000000-0000-4000-8000-000000000021");
    public static final StockItemId KOFTA = StockItemId.parse("d0000000-0000-4000-8000-000000000001");
    public static final StockItemId TAWOOK = StockItemId.parse("d0000000-0000-4000-8000-000000000002");
    public static final StockItemId LAMB_CHOPS = StockItemId.parse("d0000000-0000-4000-8000-000000000003");
    public static final StockItemId KIBBEH_NAYYEH = StockItemId.parse("d0000000-0000-4000-8000-000000000004");
    public static final int STOCK_ITEMS = 4;
    /** The demo's rate of the day and VAT (11%, included in the menu prices). */
    public static final long LBP_PER_USD = 89_500;
    public static final int VAT_BP = 1100;
    /** Modifier groups in catalog order: Doneness (exactly one, meat grills), Sauces, Manakish extras (up to 2). */
    public static final UUID DONENESS = UUID.fromString("f0000000-0000-4000-8000-000000000001");
    public static final UUID SAUCES = UUID.fromString("f0000000-0000-4000-8000-000000000002");
    public static final UUID MANAKISH_EXTRAS = UUID.fromString("f0000000-0000-4000-8000-000000000003");
    public static final int MODIFIER_GROUPS = 3;
    /** Options: Medium, Medium well, Well done (free); toum +$0.50, hot sauce free, tahini +$0.50; cheese +$1.00. */
    public static final UUID MEDIUM = UUID.fromString("f1000000-0000-4000-8000-000000000001");
    public static final UUID WELL_DONE = UUID.fromString("f1000000-0000-4000-8000-000000000003");
    public static final UUID TOUM = UUID.fromString("f1000000-0000-4000-8000-000000000004");
    public static final UUID ADD_CHEESE = UUID.fromString("f1000000-0000-4000-8000-000000000007");
    /** Staff who sign in on the demo's tills, and their PINs (only hashes are stored). */
    public static final UUID RANA = UUID.fromString("5a000000-0000-4000-8000-000000000001");
    public static final String RANA_PIN = "2580";
    public static final UUID KARIM = UUID.fromString("5a000000-0000-4000-8000-000000000002");
    public static final String KARIM_PIN = "1111";
    public static final UUID MAYA = UUID.fromString("5a000000-0000-4000-8000-000000000003");
    public static final String MAYA_PIN = "2222";
    public static final int STAFF = 3;

    private DemoBranch() {
    }

    /** A new terminal of the demo branch, enrolled through the API ({@code admin} needs manager rights). */
    public static ServerApi.Enrolled enrolledClient(ServerApi admin, String name) {
        return admin.enrollNew(ID, name);
    }

    public static Hello hello(TerminalId terminal, long lastAckedSeq, long cursor) {
        return hello(terminal, ID, lastAckedSeq, cursor);
    }

    public static Hello hello(TerminalId terminal, BranchId branch, long lastAckedSeq, long cursor) {
        return new Hello(ProtocolCodec.VERSION, terminal, branch, "till " + terminal.toString().substring(0, 8),
                lastAckedSeq, cursor, System.currentTimeMillis());
    }

    /** An order of {@code lines} new lines on table 1, in USD like the demo branch. */
    public static NewOrder order(TerminalId openedBy, int lines) {
        return order(OrderId.random(), openedBy, lines);
    }

    public static NewOrder order(OrderId id, TerminalId openedBy, int lines) {
        List<OrderLine> l = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            l.add(line(250 + i));
        }
        return new NewOrder(id, ID, TABLE_1, openedBy, Currency.USD, System.currentTimeMillis(), 2, l);
    }

    /** A line of the demo menu's Hummus (no recipe, so no stock is claimed) at this price. */
    public static OrderLine line(long priceMinor) {
        return new OrderLine(OrderLineId.random(), HUMMUS_DISH, "Hummus", 1, Money.of(priceMinor, Currency.USD));
    }

    /** A line of {@code quantity} x a dish of the menu (tracked or not, as its recipe says). */
    public static OrderLine dish(MenuItemId dish, String name, int quantity) {
        return new OrderLine(OrderLineId.random(), dish, name, quantity, Money.of(900, Currency.USD));
    }

    /** An order of these lines on table 1, opened now by {@code openedBy}. */
    public static NewOrder order(TerminalId openedBy, OrderLine... lines) {
        return new NewOrder(OrderId.random(), ID, TABLE_1, openedBy, Currency.USD, System.currentTimeMillis(), 2,
                List.of(lines));
    }

    /** The entry settling {@code current} (the order as the till holds it) in full. */
    public static OutboxEntry settle(TerminalId terminal, long seq, long atMs, OrderState current) {
        return entry(seq, Operations.SETTLE, current.settle(current.requireMerged().total().minor(),
                stamp(terminal, seq, atMs)), atMs);
    }

    /** The entry settling {@code current} with {@code payment} (its due is what the check comes to, VAT handled). */
    public static OutboxEntry settle(TerminalId terminal, long seq, long atMs, OrderState current, Payment payment) {
        return entry(seq, Operations.SETTLE, current.settle(payment, stamp(terminal, seq, atMs)), atMs);
    }

    public static OutboxEntry cancel(TerminalId terminal, long seq, long atMs, OrderId order) {
        return entry(seq, Operations.CANCEL, OrderState.cancelled(order, stamp(terminal, seq, atMs)), atMs);
    }

    /** The stamp a till gives the changes of its entry {@code seq} made at {@code atMs}. */
    public static Stamp stamp(TerminalId terminal, long seq, long atMs) {
        return new Stamp(atMs, terminal.value(), seq);
    }

    /** The entry opening {@code order}, made now by the terminal that opened it. */
    public static OutboxEntry entry(long seq, NewOrder order) {
        return open(seq, order, System.currentTimeMillis());
    }

    public static OutboxEntry open(long seq, NewOrder order, long atMs) {
        return entry(seq, Operations.OPEN, order.state(stamp(order.openedBy(), seq, atMs)), atMs);
    }

    /** A new order of {@code lines} lines, opened now by {@code terminal} as its entry {@code seq}. */
    public static OutboxEntry open(TerminalId terminal, long seq, int lines) {
        return entry(seq, order(terminal, lines));
    }

    /** An order entry carrying {@code delta} (already stamped with this entry's stamp). */
    public static OutboxEntry entry(long seq, String operation, OrderState delta, long atMs) {
        return new OutboxEntry(UUID.randomUUID(), seq, Operations.ORDER, delta.id().toString(), operation, atMs,
                OrderStateJson.encode(delta, Currency.USD));
    }

    public static OutboxEntry addLines(TerminalId terminal, long seq, long atMs, OrderId order, OrderLine... lines) {
        Stamp s = stamp(terminal, seq, atMs);
        return entry(seq, Operations.ADD_LINES, OrderState.withLines(order, List.of(lines).stream()
                .map(l -> new LineAdd(l, null, s)).toList()), atMs);
    }

    /** A quantity change of a line by a till that had seen {@code bases} (the line's add stamp, at first). */
    public static OutboxEntry editQuantity(TerminalId terminal, long seq, long atMs, OrderId order, OrderLineId line,
                                           Set<Stamp> bases, int quantity) {
        return entry(seq, Operations.EDIT_LINE, OrderState.withEdit(order, line,
                LineEdit.quantity(stamp(terminal, seq, atMs), bases, quantity)), atMs);
    }

    public static OutboxEntry voidLine(TerminalId terminal, long seq, long atMs, OrderId order, OrderLineId line,
                                       Set<Stamp> bases, String reason, String by) {
        return entry(seq, Operations.VOID_LINE, OrderState.withEdit(order, line,
                LineEdit.voided(stamp(terminal, seq, atMs), bases, new VoidMark(reason, by))), atMs);
    }

    public static OutboxEntry tableStatus(TerminalId terminal, long seq, long atMs, TableId table,
                                          TableStatus status) {
        return new OutboxEntry(UUID.randomUUID(), seq, Operations.TABLE, table.toString(), Operations.STATUS, atMs,
                TableStateJson.encode(TableState.of(table, status, stamp(terminal, seq, atMs))));
    }

    public static OutboxEntry adjustStock(TerminalId terminal, long seq, long atMs, UUID adjustmentId,
                                          StockItemId item, StockAdjustment.Reason reason, long delta) {
        return new OutboxEntry(UUID.randomUUID(), seq, Operations.STOCK, adjustmentId.toString(), Operations.ADJUST,
                atMs, StockAdjustmentJson.encode(new StockAdjustment(adjustmentId, item, reason, delta, null,
                stamp(terminal, seq, atMs))));
    }

    /** An entry's payload with one field replaced, to forge invalid entries. */
    public static OutboxEntry withPayload(OutboxEntry e, JsonObject payload) {
        return new OutboxEntry(e.entryId(), e.seq(), e.entity(), e.recordId(), e.operation(), e.eventTimeMs(),
                payload);
    }

    /** An order payload (entry or change record) decoded. */
    public static OrderState state(JsonObject payload) {
        try {
            return OrderStateJson.decode(payload);
        } catch (ProtocolException e) {
            throw new AssertionError("not an order state: " + e.getMessage() + " " + payload, e);
        }
    }

    public static Push push(OutboxEntry... entries) {
        return new Push(List.of(entries));
    }
}
