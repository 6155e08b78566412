package cedarpos.terminal.ui.status;

/** The status bar as its presenter drives it. Called on the EDT. */
public interface StatusView {
    /**
     * @param pendingAge the oldest pending entry's age, or null when nothing is pending
     */
    void show(boolean online, String connection, String pending, String pendingAge, String lastSync);
}
