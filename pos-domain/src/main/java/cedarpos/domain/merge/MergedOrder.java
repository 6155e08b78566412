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
 * @param paidWith  the tenders, rate and VAT of its settlement while settled, else null (and null for a split
 *                  check, whose shares carry the payments)
 * @param parts     the shares of a split check paid so far, oldest first
 * @param refunds   money given back on the check, oldest first
 */
public record MergedOrder(OrderId id, BranchId branchId, TerminalId openedBy, Currency currency, long openedAtMs,
                          String staffName, OrderStatus status, PaymentState payment, Discount discount, int guests,
                          TableId tableId, List<MergedLine> lines, List<Conflict> conflicts,
                          cedarpos.domain.pay.Payment paidWith, List<PartPayment> parts, List<Refund> refunds) {
    public MergedOrder {
        lines = List.copyOf(lines);
        conflicts = List.copyOf(conflicts);
        parts = parts.stream().sorted(java.util.Comparator.comparing(PartPayment::stamp)).toList();
        refunds = refunds == null ? List.of()
                : refunds.stream().sorted(java.util.Comparator.comparing(Refund::stamp)).toList();
    }

    /** An order without refunds. */
    public MergedOrder(OrderId id, BranchId branchId, TerminalId openedBy, Currency currency, long openedAtMs,
                       String staffName, OrderStatus status, PaymentState payment, Discount discount, int guests,
                       TableId tableId, List<MergedLine> lines, List<Conflict> conflicts,
                       cedarpos.domain.pay.Payment paidWith, List<PartPayment> parts) {
        this(id, branchId, openedBy, currency, openedAtMs, staffName, status, payment, discount, guests, tableId,
                lines, conflicts, paidWith, parts, null);
    }

    /** What the refunds gave back so far, in the order's currency. */
    public Money refunded() {
        long sum = 0;
        for (Refund r : refunds) {
            sum = Math.addExact(sum, r.amount().minor());
        }
        return Money.of(sum, currency);
    }

    /** What the customer paid for the check, VAT as they paid it: the sum of every payment's due. */
    public Money collected() {
        long sum = 0;
        for (cedarpos.domain.pay.Payment p : payments()) {
            sum = Math.addExact(sum, p.due().minor());
        }
        return Money.of(sum, currency);
    }

    /** What can still be refunded: what was collected less what was refunded (never below zero). */
    public Money refundable() {
        return Money.of(Math.max(0, collected().minor() - refunded().minor()), currency);
    }

    /** The lines some refund already gave back. */
    public java.util.Set<cedarpos.domain.OrderLineId> refundedLines() {
        java.util.Set<cedarpos.domain.OrderLineId> ids = new java.util.HashSet<>();
        refunds.forEach(r -> ids.addAll(r.lines()));
        return ids;
    }

    /** What the shares paid so far, in the order's currency. */
    public Money paid() {
        long sum = 0;
        for (PartPayment p : parts) {
            sum = Math.addExact(sum, p.amount().minor());
        }
        return Money.of(sum, currency);
    }

    /** What is left to pay: nothing once settled, else the total less the shares paid (never below zero). */
    public Money balance() {
        if (status == OrderStatus.SETTLED) {
            return Money.zero(currency);
        }
        return Money.of(Math.max(0, total().minor() - paid().minor()), currency);
    }

    /** The lines some share already paid for. */
    public java.util.Set<cedarpos.domain.OrderLineId> paidLines() {
        java.util.Set<cedarpos.domain.OrderLineId> ids = new java.util.HashSet<>();
        parts.forEach(p -> ids.addAll(p.lines()));
        return ids;
    }

    /** Every payment on the check: each share's, then the settlement's own. */
    public List<cedarpos.domain.pay.Payment> payments() {
        List<cedarpos.domain.pay.Payment> all = new java.util.ArrayList<>();
        parts.forEach(p -> all.add(p.payment()));
        if (paidWith != null) {
            all.add(paidWith);
        }
        return all;
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
