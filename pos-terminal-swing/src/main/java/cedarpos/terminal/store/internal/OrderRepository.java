package cedarpos.terminal.store.internal;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.terminal.store.internal.Rows.LineRow;
import cedarpos.terminal.store.internal.Rows.OrderRow;
import cedarpos.terminal.store.internal.Rows.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;

/**
 * Reads and writes orders inside the caller's transaction: the OrderState as
 * JSON and the rows materialized from its merge.
 */
public final class OrderRepository {
    public static final String PENDING = "pending";
    public static final String SYNCED = "synced";

    private OrderRepository() {
    }

    /** The stored state, or null when this terminal has never seen the order. */
    public static OrderState load(SqlSession s, OrderId id) {
        String json = s.getMapper(OrderMapper.class).stateJson(id.toString());
        return json == null ? null : decode(json);
    }

    public static List<OrderState> loadAll(SqlSession s) {
        List<OrderState> all = new ArrayList<>();
        for (String json : s.getMapper(OrderMapper.class).allStateJson()) {
            all.add(decode(json));
        }
        return all;
    }

    /** Orders opened since {@code sinceMs}, newest first, at most {@code limit}. */
    public static List<OrderState> loadRecent(SqlSession s, long sinceMs, int limit) {
        List<OrderState> recent = new ArrayList<>();
        for (String json : s.getMapper(OrderMapper.class).recentStateJson(sinceMs, limit)) {
            recent.add(decode(json));
        }
        return recent;
    }

    /** Orders not settled or cancelled, newest first. */
    public static List<OrderState> loadOpen(SqlSession s) {
        List<OrderState> open = new ArrayList<>();
        for (String json : s.getMapper(OrderMapper.class).openStateJson()) {
            open.add(decode(json));
        }
        return open;
    }

    public static OrderState decode(String json) {
        try {
            return OrderStateJson.decode(RowMapping.json(json));
        } catch (ProtocolException e) {
            // this file wrote it: an unreadable copy is corruption, not input
            throw new IllegalStateException("stored order state is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code state} and re-materializes its rows; only the lines in
     * {@code lines} are rewritten (all when null).
     *
     * @param local true for a write made here (local_version counts it), false for a pulled change
     * @return the merged order, or null when the state cannot be shown yet (its opening has not arrived)
     */
    public static MergedOrder save(SqlSession s, OrderState state, Set<OrderLineId> lines, String syncStatus,
                                   boolean local) {
        return save(s, state, null, lines, syncStatus, local);
    }

    /** As {@link #save(SqlSession, OrderState, Set, String, boolean)}, with the state already encoded (or null). */
    public static MergedOrder save(SqlSession s, OrderState state, String stateJson, Set<OrderLineId> lines,
                                   String syncStatus, boolean local) {
        MergedOrder m = state.merge();
        if (m == null) {
            return null;
        }
        OrderMapper mapper = s.getMapper(OrderMapper.class);
        mapper.upsertOrder(orderRow(state, stateJson, m, syncStatus, local));
        int no = 1;
        for (MergedLine line : m.lines()) {
            if (lines == null || lines.contains(line.line().id())) {
                mapper.upsertLine(lineRow(m, line, no, syncStatus, local));
            }
            no++;
        }
        return m;
    }

    public static String encode(OrderState state, Currency currency) {
        return OrderStateJson.encode(state, currency).toString();
    }

    private static OrderRow orderRow(OrderState state, String stateJson, MergedOrder m, String syncStatus,
                                     boolean local) {
        OrderRow r = new OrderRow();
        r.id = m.id().toString();
        r.branchId = m.branchId().toString();
        r.tableId = m.tableId() == null ? null : m.tableId().toString();
        r.openedBy = m.openedBy().toString();
        r.status = m.status().name();
        r.currency = m.currency().name();
        r.openedAtMs = m.openedAtMs();
        r.totalMinor = m.total().minor();
        r.syncStatus = syncStatus;
        r.localVersion = local ? 1 : 0;
        r.stateJson = stateJson != null ? stateJson : encode(state, m.currency());
        r.payment = m.payment().name();
        r.discountJson = discountJson(m.discount());
        r.discountMinor = m.discountAmount().minor();
        r.guests = m.guests();
        r.conflictCount = m.conflicts().size();
        return r;
    }

    private static String discountJson(Discount d) {
        return d == null ? null : Jsons.objectBuilder().add("kind", d.kind().name()).add("value", d.value())
                .add("reason", d.reason()).build().toString();
    }

    private static LineRow lineRow(MergedOrder m, MergedLine line, int no, String syncStatus, boolean local) {
        LineRow r = new LineRow();
        r.id = line.line().id().toString();
        r.orderId = m.id().toString();
        r.lineNo = no;
        r.menuItemId = line.line().menuItemId().toString();
        r.name = line.line().name();
        r.quantity = line.line().quantity();
        r.unitPriceMinor = line.line().unitPrice().minor();
        r.syncStatus = syncStatus;
        r.localVersion = local ? 1 : 0;
        r.note = line.note();
        r.voided = line.isVoided();
        r.voidReason = line.isVoided() ? line.voided().reason() : null;
        r.voidBy = line.isVoided() ? line.voided().by() : null;
        r.sent = line.sent();
        r.flags = line.flags().isEmpty() ? null : line.flags().stream().map(Conflict.Kind::name).sorted()
                .collect(Collectors.joining(","));
        return r;
    }

    /** The table's label on the floor plan ("T4"), or the start of its id when the plan no longer has it. */
    static String bareTableLabel(SqlSession s, String tableId) {
        TableRow t = s.getMapper(TableMapper.class).table(tableId);
        return t == null ? tableId.substring(0, Math.min(8, tableId.length())) : t.label;
    }
}
