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
 */
public record MergedLine(OrderLine line, java.util.List<cedarpos.domain.LineModifier> modifiers, String note,
                         VoidMark voided, Stamp voidedAt, boolean sent, Set<Conflict.Kind> flags, Stamp addedAt) {
    public MergedLine {
        modifiers = java.util.List.copyOf(modifiers);
        flags = Set.copyOf(flags);
    }

    /** This line with one more conflict flag. */
    public MergedLine withFlag(Conflict.Kind kind) {
        java.util.EnumSet<Conflict.Kind> more = java.util.EnumSet.of(kind);
        more.addAll(flags);
        return new MergedLine(line, modifiers, note, voided, voidedAt, sent, more, addedAt);
    }

    public boolean isVoided() {
        return voided != null;
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** What the line adds to the check: nothing once voided. */
    public Money total() {
        return voided != null ? Money.zero(line.unitPrice().currency()) : line.total();
    }
}
