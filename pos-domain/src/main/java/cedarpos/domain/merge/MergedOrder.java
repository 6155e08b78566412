package cedarpos.domain.merge;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.PaymentState;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import java.util.List;

/**
 * An order as the merge rules decide it, with its open conflicts. What screens, reports and APIs show.
 *
 * @param staffName who opened it, or null
 * @param paidWith  the tenders, rate and VAT of its settlement while settled, else null
 */
public record MergedOrder(OrderId id, BranchId branchId, TerminalId openedBy, Currency currency, long openedAtMs,
                          String staffName, OrderStatus status, PaymentState payment, Discount discount, int guests,
                          TableId tableId, List<MergedLine> lines, List<Conflict> conflicts,
                          cedarpos.domain.pay.Payment paidWith) {
    public MergedOrder {
        lines = List.copyOf(lines);
        conflicts = List.copyOf(conflicts);
    }

    /** Sum of the lines still standing. */
    public Money subtotal() {
        Money sum = Money.zero(currency);
        for (MergedLine line : lines) {
            sum = sum.plus(line.total());
        }
        return sum;
    }

    public Money discountAmount() {
        return discount == null ? Money.zero(currency) : discount.of(subtotal());
    }

    public Money total() {
        return Money.of(subtotal().minor() - discountAmount().minor(), currency);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
