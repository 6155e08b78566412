package cedarpos.terminal.archfixture.ui.alpha;

import cedarpos.terminal.archfixture.store.TerminalStore;

/** Breaks presentersNeverTakeTheStore: it takes the whole store. */
public final class AlphaPresenter {
    private final TerminalStore store;

    public AlphaPresenter(TerminalStore store) {
        this.store = store;
    }

    String name() {
        return store.name();
    }
}
