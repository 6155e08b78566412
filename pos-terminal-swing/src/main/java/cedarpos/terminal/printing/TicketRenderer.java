package cedarpos.terminal.printing;

import cedarpos.domain.printing.PaperWidth;

/** Turns a ticket into the ESC/POS bytes of one job for a printer of some paper width. */
@FunctionalInterface
public interface TicketRenderer {
    byte[] render(Ticket ticket, PaperWidth paper);
}
