package cedarpos.terminal.ui.signin;

/** The PIN pad as its presenter drives it. Every method is called on the EDT. */
public interface SignInView {
    /** How many digits are typed (shown as dots, never the digits). */
    void showEntered(int digits);

    /** A hint, or why the last attempt failed; null clears it. */
    void showMessage(String text, boolean error);

    /** While a PIN is being checked, or while locked out after too many wrong PINs. */
    void setEnabled(boolean keys, boolean submit);
}
