package cedarpos.terminal.archfixture.app;

/** Breaks coreWiringStaysFreeOfSwing: the headless core asks for the screen size. */
public final class TerminalCore {
    public Object screen() {
        return java.awt.Toolkit.getDefaultToolkit();
    }
}
