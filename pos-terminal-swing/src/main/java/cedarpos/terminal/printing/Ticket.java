package cedarpos.terminal.printing;

import java.util.List;

/**
 * What one printed ticket says, before it becomes ESC/POS bytes for a printer of some paper width: a kitchen
 * station's share of an order (new, added, voided, not to prepare, a course to fire) or a customer receipt.
 *
 * @param jobNumber         this terminal's number for the print job, printed on the ticket so the kitchen can tell a
 *                          resend from a new ticket
 * @param station           the kitchen station's name ("GRILL"), or the receipt printer's for a receipt
 * @param orderNumber       the short number staff call the order by
 * @param table             the table's label, or null for a takeaway
 * @param staff             who took the order, or null
 * @param atMs              when the change that made the ticket happened (epoch ms)
 * @param totals            a receipt's money rows after its lines; empty on kitchen tickets
 * @param notes             free lines at the end (the rate used, "thank you"); may be empty
 * @param reprint           a manager asked for it again: the ticket says REPRINT
 * @param possibleDuplicate a resend after an outcome the terminal could not know (a crash or a dropped connection
 *                          mid-job): the ticket says POSSIBLE DUPLICATE with the same job number
 * @param reroutedFrom      the main printer's name when a fallback printer prints it, else null
 */
public record Ticket(Kind kind, long jobNumber, String station, String orderNumber, String table, String staff,
                     long atMs, List<TicketLine> lines, List<TotalRow> totals, List<String> notes, boolean reprint,
                     boolean possibleDuplicate, String reroutedFrom) {
    public Ticket {
        if (kind == null || station == null || orderNumber == null) {
            throw new IllegalArgumentException("a ticket needs its kind, station and order number");
        }
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
    }

    /** What the ticket is for; its heading on paper. */
    public enum Kind {
        /** The first ticket of an order at a station. */
        NEW,
        /** Lines added after the order's first send. */
        ADD,
        /** Lines voided after they were sent, with the reason. */
        VOID,
        /** The server refused stock for a line already sent: stop making it. */
        DO_NOT_PREPARE,
        /** A held course is to be made now. */
        FIRE,
        /** The customer's receipt. */
        RECEIPT
    }

    /**
     * One dish on a ticket.
     *
     * @param nameAr    the dish's Arabic name, or null
     * @param modifiers chosen modifiers as printed ("Well done", "Extra garlic sauce")
     * @param note      the cashier's note for the kitchen, or null
     * @param seat      seat number, or null
     * @param course    course number, or null
     * @param reason    why it was voided or refused, or null
     * @param amount    the line's price as printed on a receipt ("$27.00"), or null on kitchen tickets
     */
    public record TicketLine(int quantity, String name, String nameAr, List<String> modifiers, String note,
                             Integer seat, Integer course, String reason, String amount) {
        public TicketLine {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a ticket line needs the dish's name");
            }
            modifiers = List.copyOf(modifiers);
        }
    }

    /** A receipt row such as "VAT 11% (included)  $2.68"; {@code strong} prints it larger (the total). */
    public record TotalRow(String label, String amount, boolean strong) {
    }
}
