package cedarpos.terminal.ui.reset;

/** The questions a reset asks, on the EDT. */
public interface ResetView {
    /** A manager's PIN for {@code what}; null when cancelled. */
    char[] askManagerPin(String what);

    /** Why nothing was done. */
    void showRefused(String text);

    /** True to go on. */
    boolean confirm(String title, String text, String goOn);
}
