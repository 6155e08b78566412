package cedarpos.terminal.printing;

import java.util.OptionalLong;

/**
 * One ticket this terminal owes a printer, as the print queue holds it.
 *
 * @param number            the job number: unique on this terminal, printed on the ticket, kept by a resend
 * @param station           the kitchen station's code, or null for a receipt
 * @param printer           the printer it goes to now (a station's fallback once the main one kept failing)
 * @param reroutedFrom      the printer it was meant for when a fallback took it over, else null
 * @param orderNumber       the short number staff call the order by ({@link OrderNumber})
 * @param table             the table's label, or null for the counter
 * @param lastError         why the last try failed, for people; null when none
 * @param possibleDuplicate the printer may already have printed it (a try ended with an unknown outcome): its next
 *                          ticket says so
 * @param reprintOf         the job a manager reprinted, or null
 * @param printedOn         the printer that accepted it, once printed
 * @param ticket            what it prints, job number and marks included
 */
public record PrintJob(long number, Ticket.Kind kind, String station, String printer, String reroutedFrom,
                       String orderId, String orderNumber, String table, Status status, int attempts,
                       String lastError, boolean possibleDuplicate, Long reprintOf, long createdAtMs,
                       OptionalLong printedAtMs, String printedOn, Ticket ticket) {

    /** Where a job is on its way to paper. */
    public enum Status {
        /** Waiting for its printer, or back in line after a try that failed. */
        QUEUED,
        /** Being written to the printer now; found so at start-up it means the terminal died mid-job. */
        SENDING,
        /** The printer accepted every byte. */
        PRINTED,
        /** A manager took it off the queue. */
        CANCELLED
    }

    /** Still owed to a printer. */
    public boolean open() {
        return status == Status.QUEUED || status == Status.SENDING;
    }
}
