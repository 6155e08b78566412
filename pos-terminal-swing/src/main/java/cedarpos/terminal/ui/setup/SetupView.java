package cedarpos.terminal.ui.setup;

/** What the setup presenter asks of its screen; every call on the EDT. */
public interface SetupView {
    /** Shows {@code text} under {@code field}'s input, or clears it when null. */
    void showError(SetupPresenter.Field field, String text);

    /** While enrolling: the inputs locked, the progress and {@code text} shown; null back to the form. */
    void showBusy(String text);
}
