package cedarpos.terminal.ui.printers;

import java.util.List;

/** The Printers screen as its presenter drives it. Called on the EDT. */
public interface PrintersView {
    /**
     * One printer as the screen shows it.
     *
     * @param status  "Out of paper"; "Checking…" before the first reading
     * @param detail  since when, and who prints its tickets meanwhile; may be empty
     * @param trouble drawn as a problem
     */
    record PrinterRow(String name, String status, String detail, boolean trouble) {
    }

    /**
     * One job of the queue.
     *
     * @param order      the order number and table ("0427 · T4")
     * @param canReprint a manager may print it again
     * @param canCancel  it is still waiting, so a manager may take it off the queue
     */
    record JobRow(long number, String kind, String station, String order, String status, int attempts,
                  String lastError, boolean canReprint, boolean canCancel) {
    }

    void showPrinters(List<PrinterRow> printers, String emptyText);

    void showJobs(List<JobRow> jobs);

    /** @param error drawn as a failure; null text clears it */
    void showNotice(String text, boolean error);

    /** @return the PIN typed, or null when cancelled */
    char[] askManagerPin(String what);
}
