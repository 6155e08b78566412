package cedarpos.server.testing;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import java.util.List;

/** An order as a till opens it, before it is stamped by the outbox entry that carries it. */
public record NewOrder(OrderId id, BranchId branchId, TableId tableId, TerminalId openedBy, Currency currency,
                       long openedAtMs, int guests, List<OrderLine> lines) {
    public NewOrder {
        lines = List.copyOf(lines);
    }

    /** The open delta under {@code stamp}: birth, OPEN and UNPAID, guests, table and the first lines. */
    public OrderState state(Stamp stamp) {
        return OrderState.open(id, new OrderBirth(branchId, openedBy, currency, openedAtMs), tableId, guests,
                lines.stream().map(l -> new LineAdd(l, null, stamp)).toList(), stamp);
    }

    public long totalMinor() {
        return lines.stream().mapToLong(l -> l.total().minor()).sum();
    }
}
