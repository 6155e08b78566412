package cedarpos.protocol.v1;

import cedarpos.domain.OrderStatus;
import cedarpos.domain.PaymentState;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import java.util.List;

/**
 * The entities and operations a terminal may push, and what each operation's
 * payload may contain. Every change inside an entry carries the entry's own stamp
 * ({@link #stampOf}), so a terminal can neither forge another terminal's change
 * nor slip in a manager's resolution. docs/protocol.md, "Entities and operations".
 */
public final class Operations {
    /** Origin of changes the server makes itself (a manager's resolution, an adjustment entered in the admin). */
    public static final java.util.UUID SERVER_ORIGIN = new java.util.UUID(0, 0);

    public static final String ORDER = "order";
    public static final String TABLE = "table";
    public static final String STOCK = "stock";
    /**
     * A till's shift (recordId: the shift's id, a movement's too): operations {@link #SHIFT_OPERATIONS}. The till
     * counts its own drawer and computes its Z report; the server keeps the branch's copy.
     */
    public static final String SHIFT = "shift";
    /** A manager-approved action for the audit trail (recordId: the event's id); operation {@link #RECORD}. */
    public static final String AUDIT = "audit";
    /** Server to terminal only: the server's decision on an order line's claim on stock (recordId: the line). */
    public static final String RESERVATION = "reservation";
    /** Server to terminal only: a stock item's level, held and available quantities (recordId: the item). */
    public static final String STOCK_LEVEL = "stockLevel";

    /** Opens an order: its birth, an OPEN and UNPAID header, guests, table and its first lines (maybe none). */
    public static final String OPEN = "open";
    public static final String ADD_LINES = "addLines";
    /** A quantity or note change of one line. */
    public static final String EDIT_LINE = "editLine";
    public static final String VOID_LINE = "voidLine";
    /** Marks lines whose kitchen ticket went out. */
    public static final String SEND_LINES = "sendLines";
    /** Discount, guest count or table of an order. */
    public static final String HEADER = "header";
    /** Fires held course lines: each line gets one edit that fires it and changes nothing else. */
    public static final String FIRE_COURSE = "fireCourse";
    /** Pays one share of a split check; the last share also settles it. */
    public static final String PAY_PART = "payPart";
    public static final String SETTLE = "settle";
    /** Money given back on a paid check, approved by a manager: exactly one refund and nothing else. */
    public static final String REFUND = "refund";
    public static final String REOPEN = "reopen";
    public static final String CANCEL = "cancel";
    /** A table's status (entity table). */
    public static final String STATUS = "status";
    /** A shift opened with its float, a pay-in or pay-out, a shift closed with its count and Z report. */
    public static final String SHIFT_OPEN = "open";
    public static final String MOVEMENT = "movement";
    public static final String SHIFT_CLOSE = "close";
    public static final List<String> SHIFT_OPERATIONS = List.of(SHIFT_OPEN, MOVEMENT, SHIFT_CLOSE);
    /** An audit event (entity audit). */
    public static final String RECORD = "record";
    /** A stock adjustment (entity stock). */
    public static final String ADJUST = "adjust";

    public static final List<String> ORDER_OPERATIONS = List.of(OPEN, ADD_LINES, EDIT_LINE, VOID_LINE, SEND_LINES,
            HEADER, SETTLE, REOPEN, CANCEL, FIRE_COURSE, PAY_PART, REFUND);

    private Operations() {
    }

    /** The stamp every change of an entry carries: its event time, its terminal, its seq. */
    public static Stamp stampOf(OutboxEntry e, TerminalId terminal) {
        return new Stamp(e.eventTimeMs(), terminal.value(), e.seq());
    }

    /**
     * Checks that an order delta is what operation {@code op} may write, stamped {@code stamp}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkOrder(String op, OrderState d, Stamp stamp) {
        for (Stamp s : d.everyStamp()) {
            require(s.equals(stamp), "every change must carry the entry's stamp " + stamp + ", found " + s);
        }
        boolean header = d.discount() != null || d.guests() != null || d.table() != null;
        boolean state = d.status() != null || d.payment() != null || d.settlement() != null;
        List<LineState> lines = List.copyOf(d.lines().values());
        d.parts().values().forEach(p -> require(p.stamp().equals(stamp), "every change must carry the entry's stamp "
                + stamp + ", found " + p.stamp()));
        require(op.equals(PAY_PART) || d.parts().isEmpty(), op + " cannot pay a share of the check");
        d.refunds().values().forEach(r -> require(r.stamp().equals(stamp), "every change must carry the entry's"
                + " stamp " + stamp + ", found " + r.stamp()));
        require(op.equals(REFUND) || d.refunds().isEmpty(), op + " cannot refund the check");
        require(lines.stream().allMatch(l -> l.edits().values().stream().noneMatch(LineEdit::fired))
                || op.equals(FIRE_COURSE), op + " cannot fire a course");
        switch (op) {
            case OPEN -> {
                require(d.birth() != null, "open carries the order's birth");
                require(d.birth().openedBy().value().equals(stamp.origin()), "birth.openedBy must be this terminal");
                require(d.status() != null && d.status().value() == OrderStatus.OPEN, "open sets status OPEN");
                require(d.payment() != null && d.payment().value() == PaymentState.UNPAID, "open sets payment UNPAID");
                require(d.discount() == null && d.settlement() == null, "open sets no discount and no settlement");
                require(lines.stream().allMatch(l -> l.add() != null && l.edits().isEmpty()),
                        "open adds lines and edits none");
            }
            case ADD_LINES -> {
                plain(d, header || state, "addLines");
                require(!lines.isEmpty() && lines.stream().allMatch(l -> l.add() != null && l.edits().isEmpty()),
                        "addLines adds at least one line and edits none");
            }
            case EDIT_LINE, VOID_LINE -> {
                plain(d, header || state, op);
                require(lines.size() == 1 && lines.get(0).add() == null && lines.get(0).edits().size() == 1,
                        op + " carries exactly one edit of one line");
                LineEdit e = lines.get(0).edits().values().iterator().next();
                require(!e.resolution() && !e.unvoid() && !e.sent(), op + " cannot resolve, restore or send");
                require(op.equals(VOID_LINE) ? e.voidMark() != null && !e.changesContent()
                        : e.voidMark() == null && e.changesContent(),
                        op.equals(VOID_LINE) ? "voidLine voids and changes nothing else"
                                : "editLine changes the quantity, the note or the discount, nothing else");
            }
            case SEND_LINES -> {
                plain(d, header || state, "sendLines");
                require(!lines.isEmpty() && lines.stream().allMatch(l -> l.add() == null && l.edits().size() == 1
                        && l.edits().values().stream().allMatch(e -> e.sent() && !e.changesContent()
                        && !e.setsVoid() && !e.resolution())), "sendLines marks lines sent and changes nothing else");
            }
            case FIRE_COURSE -> {
                plain(d, header || state, "fireCourse");
                require(!lines.isEmpty() && lines.stream().allMatch(l -> l.add() == null && l.edits().size() == 1
                        && l.edits().values().stream().allMatch(e -> e.fired() && !e.sent() && !e.changesContent()
                        && !e.setsVoid() && !e.resolution())), "fireCourse fires lines and changes nothing else");
            }
            case PAY_PART -> {
                plain(d, header || !lines.isEmpty(), "payPart");
                require(d.parts().size() == 1, "payPart pays exactly one share");
                require(d.status() == null && d.payment() == null && d.settlement() == null
                        || d.status() != null && d.status().value() == OrderStatus.SETTLED && d.payment() != null
                        && d.payment().value() == PaymentState.PAID && d.settlement() != null
                        && d.settlement().value() != null, "payPart settles the check fully or not at all");
            }
            case REFUND -> {
                plain(d, header || state || !lines.isEmpty() || !d.parts().isEmpty(), "refund");
                require(d.refunds().size() == 1, "refund carries exactly one refund");
            }
            case HEADER -> {
                plain(d, state || !lines.isEmpty(), "header");
                require(header, "header sets the discount, the guest count or the table");
            }
            case SETTLE -> {
                plain(d, header || !lines.isEmpty(), "settle");
                require(d.status() != null && d.status().value() == OrderStatus.SETTLED
                        && d.payment() != null && d.payment().value() == PaymentState.PAID
                        && d.settlement() != null && d.settlement().value() != null,
                        "settle sets status SETTLED, payment PAID and the settlement");
            }
            case REOPEN -> {
                plain(d, header || !lines.isEmpty() || d.payment() != null, "reopen");
                require(d.status() != null && d.status().value() == OrderStatus.OPEN && d.settlement() != null
                        && d.settlement().value() == null, "reopen sets status OPEN and clears the settlement");
            }
            case CANCEL -> {
                plain(d, header || !lines.isEmpty() || d.payment() != null || d.settlement() != null, "cancel");
                require(d.status() != null && d.status().value() == OrderStatus.CANCELLED, "cancel sets CANCELLED");
            }
            default -> throw new IllegalArgumentException("order operation \"" + op + "\" is not one of "
                    + ORDER_OPERATIONS);
        }
    }

    private static void plain(OrderState d, boolean forbidden, String op) {
        require(d.birth() == null, op + " cannot carry the order's birth (that is open)");
        require(!forbidden, op + " carries fields it does not own");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
