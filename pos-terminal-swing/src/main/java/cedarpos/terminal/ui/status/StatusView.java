package cedarpos.terminal.ui.status;

/** The status bar as its presenter drives it. Called on the EDT. */
public interface StatusView {
    /**
     * @param pendingAge the oldest pending entry's age, or null when nothing is pending
     * @param problem    what the cashier must get fixed (e.g. the device token was revoked), or null
     */
    void show(boolean online, String connection, String problem, String pending, String pendingAge,
              String lastSync);

    /**
     * @param text     e.g. "Sending 1,200 of 10,000"; null hides the progress bar
     * @param permille how far, 0..1000
     */
    void showProgress(String text, int permille);

    /**
     * @param text e.g. "2 refused by the server"; null hides it. A view that can list the refused
     *             entries offers that on a click.
     */
    default void showRefused(String text) {
    }

    /** @param offered the server refuses this till's token for good: a manager may enroll it again */
    default void offerEnrollAgain(boolean offered) {
    }
}
