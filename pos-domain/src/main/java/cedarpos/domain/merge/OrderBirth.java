package cedarpos.domain.merge;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.TerminalId;

/**
 * What never changes about an order once it is opened.
 *
 * @param staffName who opened it (the floor plan shows the table's server), or null for orders from before sign-in
 */
public record OrderBirth(BranchId branchId, TerminalId openedBy, Currency currency, long openedAtMs,
                         String staffName) {
    public static final int MAX_STAFF_NAME = 60;

    public OrderBirth {
        if (branchId == null || openedBy == null || currency == null) {
            throw new IllegalArgumentException("an order's branch, opening terminal and currency are required");
        }
        if (openedAtMs < 0) {
            throw new IllegalArgumentException("openedAtMs cannot be negative");
        }
        staffName = Texts.optional(LineAdd.blankToNull(staffName), "staff name", MAX_STAFF_NAME);
    }

    public OrderBirth(BranchId branchId, TerminalId openedBy, Currency currency, long openedAtMs) {
        this(branchId, openedBy, currency, openedAtMs, null);
    }
}
