package cedarpos.domain.merge;

import cedarpos.domain.Money;
import cedarpos.domain.OrderLine;
import java.util.Set;

/**
 * A line as the merge rules decide it: {@code line} carries the current quantity.
 *
 * @param voided   the tombstone, or null while the line stands
 * @param voidedAt stamp of the void, or null
 * @param sent     the line's ticket went to the kitchen
 * @param flags    kinds of the open conflicts on this line (empty when none)
 * @param seat     the guest's seat, or null for the table
 * @param course   the course, or null when not coursed
 * @param fired    its held course was fired
 * @param discount the discount on this line alone, or null
 */
public record MergedLine(OrderLine line, java.util.List<cedarpos.domain.LineModifier> modifiers, String note,
                         VoidMark voided, Stamp voidedAt, boolean sent, Set<Conflict.Kind> flags, Stamp addedAt,
                         Integer seat, Integer course, boolean fired, cedarpos.domain.Discount discount) {
    public MergedLine {
        modifiers = java.util.List.copyOf(modifiers);
        flags = Set.copyOf(flags);
    }

    /** This line with one more conflict flag. */
    public MergedLine withFlag(Conflict.Kind kind) {
        java.util.EnumSet<Conflict.Kind> more = java.util.EnumSet.of(kind);
        more.addAll(flags);
        return new MergedLine(line, modifiers, note, voided, voidedAt, sent, more, addedAt, seat, course, fired,
                discount);
    }

    /** A course after the first that was not fired yet: the kitchen holds it. */
    public boolean held() {
        return course != null && course > 1 && !fired;
    }

    public boolean isVoided() {
        return voided != null;
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** What the line adds to the check, its own discount taken off: nothing once voided. */
    public Money total() {
        return voided != null ? Money.zero(line.unitPrice().currency()) : line.total().minus(discountAmount());
    }

    /** What its own discount takes off the line: nothing without one, or once voided. */
    public Money discountAmount() {
        return voided != null || discount == null ? Money.zero(line.unitPrice().currency())
                : discount.of(line.total());
    }
}
