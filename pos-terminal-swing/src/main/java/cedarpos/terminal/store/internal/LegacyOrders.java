package cedarpos.terminal.store.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.store.internal.Rows.LineRow;
import cedarpos.terminal.store.internal.Rows.OrderRow;
import cedarpos.terminal.store.internal.Rows.OutboxRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.session.SqlSession;

/**
 * Orders written before schema V3 (rows without state_json, outbox entries of
 * the retired operation "place") become mergeable states, once, when the store
 * opens: an unsent "place" entry is rewritten into the "open" delta it stands
 * for, under its own seq and event time, so a terminal upgraded with unsent
 * sales still delivers them; an order the server already had is rebuilt under
 * stamps derived from its opening alone, the same on every terminal.
 */
public final class LegacyOrders {
    private static final Logger LOG = Logger.getLogger(LegacyOrders.class.getName());
    private static final String PLACE = "place";

    /** The queries only this conversion needs. */
    public interface LegacyMapper {
        @Select("SELECT id, branch_id, table_id, opened_by, status, currency, opened_at_ms, total_minor FROM"
                + " customer_order WHERE state_json IS NULL ORDER BY opened_at_ms, id")
        List<OrderRow> orders();

        @Select("SELECT entry_id, terminal_id, seq, entity, record_id, operation, payload, event_time_ms,"
                + " created_at_ms, synced_at_ms FROM outbox WHERE record_id = #{orderId} AND operation = 'place'"
                + " AND synced_at_ms IS NULL ORDER BY seq LIMIT 1")
        OutboxRow pendingPlace(String orderId);

        @Update("UPDATE outbox SET operation = #{operation}, payload = #{payload} WHERE entry_id = #{entryId}")
        int rewrite(String entryId, String operation, String payload);
    }

    private LegacyOrders() {
    }

    /** @return how many orders were converted */
    public static int convert(SqlSession s) {
        LegacyMapper legacy = s.getMapper(LegacyMapper.class);
        List<OrderRow> rows = legacy.orders();
        int converted = 0;
        for (OrderRow o : rows) {
            try {
                convert(s, legacy, o);
                converted++;
            } catch (IllegalArgumentException | IllegalStateException e) {
                // one unreadable old row must not keep the till from opening; it stays as it was, logged
                LOG.severe(() -> "legacy order not converted order=" + o.id + ": " + e.getMessage());
            }
        }
        return converted;
    }

    private static void convert(SqlSession s, LegacyMapper legacy, OrderRow o) {
        Currency currency = Currency.parse(o.currency);
        OutboxRow pending = legacy.pendingPlace(o.id);
        TerminalId opener = TerminalId.parse(o.openedBy);
        Stamp opened = pending != null
                ? new Stamp(pending.eventTimeMs, UUID.fromString(pending.terminalId), pending.seq)
                : new Stamp(o.openedAtMs, opener.value(), 0);
        List<LineAdd> adds = new ArrayList<>();
        for (LineRow l : s.getMapper(OrderMapper.class).lines(o.id)) {
            adds.add(new LineAdd(new OrderLine(OrderLineId.parse(l.id), MenuItemId.parse(l.menuItemId), l.name,
                    l.quantity, Money.of(l.unitPriceMinor, currency)), null, opened));
        }
        OrderId id = OrderId.parse(o.id);
        OrderState state = OrderState.open(id, new OrderBirth(BranchId.parse(o.branchId), opener, currency,
                o.openedAtMs), o.tableId == null ? null : TableId.parse(o.tableId), 0, adds, opened);
        // an unsent order's state is the open delta itself: one encoding serves the row and the rewritten entry
        String json = null;
        if (pending != null) {
            Operations.checkOrder(Operations.OPEN, state, opened);
            json = OrderRepository.encode(state, currency);
            legacy.rewrite(pending.entryId, Operations.OPEN, json);
        } else {
            state = pastLife(state, o, opener);
        }
        MergedOrder m = OrderRepository.save(s, state, json, null,
                pending != null ? OrderRepository.PENDING : OrderRepository.SYNCED, false);
        LOG.info(() -> "legacy order converted order=" + id + " status=" + o.status + " lines=" + adds.size()
                + (pending != null ? " pendingEntrySeq=" + pending.seq : "") + " total="
                + (m == null ? "?" : m.total().display()));
    }

    /** What happened to an order the server already has, as far as the old row tells: sent, paid or cancelled. */
    private static OrderState pastLife(OrderState state, OrderRow o, TerminalId opener) {
        Stamp sent = new Stamp(o.openedAtMs + 1, opener.value(), 0);
        Stamp later = new Stamp(o.openedAtMs + 2, opener.value(), 0);
        if (!"OPEN".equals(o.status)) {
            for (var line : state.lines().values()) {
                state = state.join(OrderState.withEdit(state.id(), line.id(),
                        LineEdit.sentToKitchen(sent, line.heads())));
            }
        }
        if ("SETTLED".equals(o.status)) {
            state = state.join(state.settle(o.totalMinor, later));
        } else if ("CANCELLED".equals(o.status)) {
            state = state.join(OrderState.cancelled(state.id(), later));
        }
        return state;
    }
}
