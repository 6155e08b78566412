package cedarpos.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole state of one order as it travels between terminal and server: header
 * plus lines. Lines are keyed by their own ids so that merging two copies keeps
 * every line either side added.
 */
public record OrderSnapshot(OrderId id, BranchId branchId, TableId tableId, TerminalId openedBy,
                            OrderStatus status, Currency currency, long openedAtMs, List<OrderLine> lines) {

    public static final int MAX_LINES = 500;

    public OrderSnapshot {
        Ids.required(id, "order id");
        Ids.required(branchId, "branch id");
        Ids.required(openedBy, "terminal id");
        Ids.required(status, "order status");
        Ids.required(currency, "currency");
        Ids.required(lines, "lines");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an order cannot have more than " + MAX_LINES + " lines");
        }
        Map<OrderLineId, OrderLine> seen = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            if (line.unitPrice().currency() != currency) {
                throw new IllegalArgumentException("line " + line.id() + " is priced in " + line.unitPrice().currency()
                        + " but the order is in " + currency);
            }
            if (seen.put(line.id(), line) != null) {
                throw new IllegalArgumentException("line " + line.id() + " appears twice");
            }
        }
    }

    public Money total() {
        Money total = Money.zero(currency);
        for (OrderLine line : lines) {
            total = total.plus(line.total());
        }
        return total;
    }

    /**
     * Set union of lines: every line either copy holds is kept, ours first. Header
     * fields stay ours; the per-field last-write-wins rule for headers comes with
     * the merge rules.
     */
    public OrderSnapshot unionLines(OrderSnapshot other) {
        if (!other.id.equals(id)) {
            throw new IllegalArgumentException("cannot merge order " + other.id + " into " + id);
        }
        Map<OrderLineId, OrderLine> merged = new LinkedHashMap<>();
        lines.forEach(l -> merged.put(l.id(), l));
        other.lines.forEach(l -> merged.putIfAbsent(l.id(), l));
        return new OrderSnapshot(id, branchId, tableId, openedBy, status, currency, openedAtMs,
                new ArrayList<>(merged.values()));
    }
}
