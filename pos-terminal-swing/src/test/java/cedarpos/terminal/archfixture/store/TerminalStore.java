package cedarpos.terminal.archfixture.store;

/** Stands in for the whole store, which no presenter may take. */
public final class TerminalStore {
    public String name() {
        return "till";
    }
}
