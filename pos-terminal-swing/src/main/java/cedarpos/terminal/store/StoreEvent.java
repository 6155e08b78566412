package cedarpos.terminal.store;

/** What changed in the store, for listeners that refresh views or wake the sync worker. */
public enum StoreEvent {
    /** A local write committed a new outbox entry. */
    LOCAL_WRITE,
    /** A catalog snapshot replaced the menu and tables. */
    CATALOG,
    /** Pulled or broadcast changes were applied. */
    REMOTE_CHANGES,
    /** Acks or sync progress changed the pending count or last-sync time. */
    SYNC_PROGRESS,
    /** A stock alert was acknowledged here. */
    STOCK_ALERTS,
    /** A print job moved on (sending, printed, back in line, rerouted, reprinted, cancelled). */
    PRINTING
}
