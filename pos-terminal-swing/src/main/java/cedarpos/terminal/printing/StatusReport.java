package cedarpos.terminal.printing;

/**
 * One reading of a printer's state, e.g. {@code PAPER_OUT, "Grill printer (10.0.0.21:9100): out of paper"}.
 *
 * @param message for people: the printer's name and address, then what is wrong (or why it could not be asked)
 */
public record StatusReport(PrinterStatus status, String message) {
    public StatusReport {
        if (status == null || message == null) {
            throw new IllegalArgumentException("a status report needs its status and message");
        }
    }
}
