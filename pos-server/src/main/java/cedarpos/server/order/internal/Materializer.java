package cedarpos.server.order.internal;

import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes what an order's state decides into its rows: header, amounts, lines (tombstones included). */
final class Materializer {
    private Materializer() {
    }

    /** @return the order as merged, or null while its opening has not arrived (lines are still written) */
    static MergedOrder show(OrderEntity row, OrderState state, String stateJson) {
        row.stateJson(stateJson);
        MergedOrder merged = state.merge();
        List<MergedLine> lines;
        if (merged != null) {
            row.header(merged.openedBy().toString(), merged.openedAtMs(), merged.status().name(),
                    merged.payment().name(), merged.tableId() == null ? null : merged.tableId().toString(),
                    merged.guests());
            row.amounts(merged.subtotal().minor(), merged.discountAmount().minor(), merged.total().minor(),
                    merged.conflicts().size());
            lines = merged.lines();
        } else {
            // the lines are known even before the opening: their rows keep line ids unique across orders
            lines = new ArrayList<>();
            for (LineState l : state.lines().values()) {
                MergedLine m = l.merge(state.id(), new ArrayList<>());
                if (m != null) {
                    lines.add(m);
                }
            }
            lines.sort(Comparator.comparing(MergedLine::addedAt).thenComparing(m -> m.line().id().toString()));
        }
        Map<String, OrderLineEntity> rows = new HashMap<>();
        row.lines().forEach(l -> rows.put(l.id(), l));
        int no = 0;
        for (MergedLine m : lines) {
            no++;
            String id = m.line().id().toString();
            OrderLineEntity line = rows.get(id);
            if (line == null) {
                line = row.addLine(id, m.line().menuItemId().toString(), m.line().name(),
                        m.line().unitPrice().minor());
            }
            line.show(no, m.line().quantity(), m.note(), m.isVoided(), m.isVoided() ? m.voided().reason() : null,
                    m.isVoided() ? m.voided().by() : null, m.sent(), flags(m));
        }
        return merged;
    }

    static String flags(MergedLine m) {
        return m.flags().stream().map(Conflict.Kind::name).sorted().collect(Collectors.joining(","));
    }
}
