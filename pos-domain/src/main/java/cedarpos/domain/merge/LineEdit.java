package cedarpos.domain.merge;

import cedarpos.domain.OrderLine;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One change to an existing order line. {@code bases} are the stamps of the
 * line's latest changes the writer had seen (the line's heads, or the add's stamp
 * for a line never changed): they say which changes this one knew about, which is
 * how the merge tells a correction apart from a concurrent edit.
 *
 * @param quantity   new quantity, or null when unchanged
 * @param note       new note ("" clears it), or null when unchanged
 * @param voidMark   set when this change voids the line
 * @param unvoid     true when this change restores a voided line (manager resolutions only)
 * @param sent       true when this change records that the line's ticket went to the kitchen
 * @param resolution true for a manager's resolution: it settles every conflict among its bases
 * @param fired      true when this change fires the line's held course: the kitchen makes it now
 * @param discount   a discount on this line alone (percent or amount), or null when unchanged
 * @param undiscount true when this change takes the line's discount off
 */
public record LineEdit(Stamp stamp, Set<Stamp> bases, Integer quantity, String note, VoidMark voidMark,
                       boolean unvoid, boolean sent, boolean resolution, boolean fired,
                       cedarpos.domain.Discount discount, boolean undiscount) {
    public static final int MAX_BASES = 64;

    public LineEdit {
        if (stamp == null) {
            throw new IllegalArgumentException("a line edit needs its stamp");
        }
        if (bases == null || bases.isEmpty()) {
            throw new IllegalArgumentException("a line edit names at least one base (the changes it saw)");
        }
        if (bases.size() > MAX_BASES) {
            throw new IllegalArgumentException("a line edit names at most " + MAX_BASES + " bases");
        }
        if (bases.contains(stamp)) {
            throw new IllegalArgumentException("a line edit cannot be its own base");
        }
        bases = Collections.unmodifiableSet(new TreeSet<>(bases));
        if (quantity != null && (quantity < 1 || quantity > OrderLine.MAX_QUANTITY)) {
            throw new IllegalArgumentException("quantity must be between 1 and " + OrderLine.MAX_QUANTITY + ", got "
                    + quantity);
        }
        note = Texts.optional(note, "line note", LineAdd.MAX_NOTE);
        if (voidMark != null && unvoid) {
            throw new IllegalArgumentException("a line edit cannot void and restore the line at once");
        }
        if (unvoid && !resolution) {
            throw new IllegalArgumentException("only a manager's resolution restores a voided line");
        }
        if (discount != null && undiscount) {
            throw new IllegalArgumentException("a line edit cannot set and take off the line's discount at once");
        }
        if (quantity == null && note == null && voidMark == null && !unvoid && !sent && !resolution && !fired
                && discount == null && !undiscount) {
            throw new IllegalArgumentException("a line edit must change something");
        }
    }

    /** A change that touches no discount. */
    public LineEdit(Stamp stamp, Set<Stamp> bases, Integer quantity, String note, VoidMark voidMark, boolean unvoid,
                    boolean sent, boolean resolution, boolean fired) {
        this(stamp, bases, quantity, note, voidMark, unvoid, sent, resolution, fired, null, false);
    }

    /** A change that fires nothing. */
    public LineEdit(Stamp stamp, Set<Stamp> bases, Integer quantity, String note, VoidMark voidMark, boolean unvoid,
                    boolean sent, boolean resolution) {
        this(stamp, bases, quantity, note, voidMark, unvoid, sent, resolution, false, null, false);
    }

    public static LineEdit quantity(Stamp stamp, Set<Stamp> bases, int quantity) {
        return new LineEdit(stamp, bases, quantity, null, null, false, false, false);
    }

    public static LineEdit note(Stamp stamp, Set<Stamp> bases, String note) {
        return new LineEdit(stamp, bases, null, note == null ? "" : note, null, false, false, false);
    }

    public static LineEdit voided(Stamp stamp, Set<Stamp> bases, VoidMark mark) {
        return new LineEdit(stamp, bases, null, null, mark, false, false, false);
    }

    public static LineEdit sentToKitchen(Stamp stamp, Set<Stamp> bases) {
        return new LineEdit(stamp, bases, null, null, null, false, true, false);
    }

    /** Puts a discount on the line alone; null takes its discount off. */
    public static LineEdit discounted(Stamp stamp, Set<Stamp> bases, cedarpos.domain.Discount discount) {
        return new LineEdit(stamp, bases, null, null, null, false, false, false, false, discount, discount == null);
    }

    /** Fires the line's course: the kitchen makes it now. */
    public static LineEdit fired(Stamp stamp, Set<Stamp> bases) {
        return new LineEdit(stamp, bases, null, null, null, false, false, false, true);
    }

    /** Changes what the line holds (quantity, note or discount), as opposed to voiding or sending it. */
    public boolean changesContent() {
        return quantity != null || note != null || setsDiscount();
    }

    /** Sets the line's discount, or takes it off. */
    public boolean setsDiscount() {
        return discount != null || undiscount;
    }

    /** Sets the void state: voids, or (resolution only) restores. */
    public boolean setsVoid() {
        return voidMark != null || unvoid;
    }
}
