package cedarpos.terminal.printing;

/**
 * What became of one print job sent to one printer. The print queue decides from {@link #delivery()} alone what to do
 * next; {@link #message()} is for the people who must fix the printer.
 *
 * @param status       the printer's state as last read (before the job for {@link Delivery#NOT_SENT}, after it
 *                     otherwise); {@link PrinterStatus#UNREACHABLE} when the connection failed
 * @param bytesWritten how many of the job's bytes the terminal handed to the network before the outcome was decided
 */
public record SendOutcome(Delivery delivery, PrinterStatus status, String message, int bytesWritten) {
    public SendOutcome {
        if (delivery == null || status == null || message == null) {
            throw new IllegalArgumentException("a send outcome needs its delivery, status and message");
        }
    }

    /** The three things a terminal can know about a job it sent. */
    public enum Delivery {
        /**
         * Every byte was written and the printer then answered a status query sent after them, which it can only do
         * once it has read everything before it: the job is in the printer. (Or, for a printer that never answers
         * status, every byte was written and the connection closed cleanly: the best proof such a printer gives.)
         */
        ACCEPTED,
        /** Not one byte of the job left the terminal (no connection, or the printer said it cannot print): resend as is. */
        NOT_SENT,
        /**
         * Some or all bytes left but the printer did not confirm them (the connection dropped or timed out, or it
         * reported trouble right after the job): it may or may not have printed; resend marked possible duplicate.
         */
        UNKNOWN
    }

    public boolean accepted() {
        return delivery == Delivery.ACCEPTED;
    }
}
