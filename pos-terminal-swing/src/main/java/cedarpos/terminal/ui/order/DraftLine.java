package cedarpos.terminal.ui.order;

import cedarpos.domain.MenuItem;
import cedarpos.domain.Money;

/** One line of the order being built, before it is placed. */
public record DraftLine(MenuItem item, int quantity) {
    public Money total() {
        return item.price().times(quantity);
    }
}
