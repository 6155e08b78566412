package cedarpos.server.order;

import cedarpos.domain.Currency;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import java.util.List;

/** One order as the merge decides it, its whole state, and every review queue row it ever had. */
public record OrderDetail(MergedOrder order, OrderState state, Currency currency, List<ConflictView> conflicts) {
    public OrderDetail {
        conflicts = List.copyOf(conflicts);
    }
}
