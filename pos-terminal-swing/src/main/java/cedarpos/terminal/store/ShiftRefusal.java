package cedarpos.terminal.store;

/**
 * A shift operation the book refused, with a stable code (for the screen to say it in the cashier's language) and a
 * message for the log. Nothing was written.
 */
public final class ShiftRefusal extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public enum Code {
        /** A shift is open on this terminal already: close it first. */
        ALREADY_OPEN,
        /** No shift is open on this terminal. */
        NOT_OPEN,
        /** An amount is missing. */
        AMOUNT_REQUIRED,
        /** A float or a count below zero. */
        NEGATIVE_AMOUNT,
        /** A pay-in or pay-out of zero or less. */
        AMOUNT_NOT_POSITIVE,
        /** Dollars given where pounds were asked for, or the other way round. */
        WRONG_CURRENCY,
        REASON_REQUIRED,
        REASON_TOO_LONG,
        /** Who opens, moves cash or closes must be named. */
        NAME_REQUIRED,
        /** A pay-out names the manager who approved it. */
        APPROVAL_REQUIRED
    }

    private final Code code;

    public ShiftRefusal(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
