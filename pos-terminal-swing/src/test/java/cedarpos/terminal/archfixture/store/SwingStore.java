package cedarpos.terminal.archfixture.store;

/** Breaks storeAndSyncNeverTouchSwing: a store class that builds a Swing panel. */
public final class SwingStore {
    public Object panel() {
        return new javax.swing.JPanel();
    }
}
