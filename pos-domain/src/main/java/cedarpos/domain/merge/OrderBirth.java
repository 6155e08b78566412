package cedarpos.domain.merge;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.TerminalId;

/** What never changes about an order once it is opened. */
public record OrderBirth(BranchId branchId, TerminalId openedBy, Currency currency, long openedAtMs) {
    public OrderBirth {
        if (branchId == null || openedBy == null || currency == null) {
            throw new IllegalArgumentException("an order's branch, opening terminal and currency are required");
        }
        if (openedAtMs < 0) {
            throw new IllegalArgumentException("openedAtMs cannot be negative");
        }
    }
}
