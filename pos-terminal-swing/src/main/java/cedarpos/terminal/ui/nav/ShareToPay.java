package cedarpos.terminal.ui.nav;

import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.MergedOrder;
import java.util.Set;

/** A share of a split check, handed by the split screen to the payment screen. */
public record ShareToPay(MergedOrder order, String label, Set<OrderLineId> lines, Money amount) {
    public ShareToPay {
        lines = Set.copyOf(lines);
    }
}
