package cedarpos.terminal.store.internal;

/** One print_job row (db/migration/terminal/V8__print_queue.sql). */
public final class PrintJobRow {
    public Long id;
    public String kind;
    public String station;
    public String printer;
    public String reroutedFrom;
    public String orderId;
    public String orderNumber;
    public String tableLabel;
    public String ticketJson;
    public String status;
    public int attempts;
    public String lastError;
    public boolean possibleDuplicate;
    public Long reprintOf;
    /** one ticket per cause ("VOID:line"), or null when the job has no twin to fear */
    public String cause;
    public long createdAt;
    public Long printedAt;
    public String printedOn;
}
