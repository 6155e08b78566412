package cedarpos.terminal.ui.kit;

import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.Approval;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.PinAttempts;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Who approves a discount, a void after the kitchen ticket, a reopened check, a refund, or a reprinted or cancelled
 * print job, or a reset of the till: the signed-in manager, or a manager whose PIN is typed on the cashier's session
 * (or with nobody signed in) and checked offline. Wrong manager PINs lock approvals on this till, on
 * every screen at once ({@link CashierCatalog#approvalAttempts()}), as a wrong sign-in PIN locks the pad.
 */
public final class ManagerGate {

    private final CashierCatalog staffBook;
    private final Function<String, char[]> askPin;
    private final ResourceBundle messages;

    /** @param askPin asks a manager's PIN for what it names, on the EDT; null when cancelled */
    public ManagerGate(CashierCatalog staffBook, Function<String, char[]> askPin, ResourceBundle messages) {
        this.staffBook = staffBook;
        this.askPin = askPin;
        this.messages = messages;
    }

    /**
     * Asks, on the EDT, what needs asking for {@code what}.
     *
     * @param signedIn who is signed in; null for nobody, when the manager whose PIN is typed asks it too
     * @return null when the cashier cancelled; else the approval to resolve on the IO thread, which throws, with
     *         a message for the cashier, for a PIN that is not a manager's
     */
    public Supplier<Approval> ask(StaffMember signedIn, String what) {
        if (signedIn != null && signedIn.role().approves()) {
            return () -> new Approval(signedIn.name(), signedIn.name());
        }
        PinAttempts attempts = staffBook.approvalAttempts();
        if (attempts.locked()) {
            return () -> {
                throw new IllegalArgumentException(java.text.MessageFormat.format(messages.getString(
                        "approve.locked"), attempts.secondsLeft()));
            };
        }
        char[] pin = askPin.apply(what);
        if (pin == null) {
            return null;
        }
        return () -> {
            java.util.Optional<cedarpos.domain.staff.StaffMember> manager = staffBook.approver(pin);
            if (manager.isEmpty()) {
                int left = attempts.failed();
                throw new IllegalArgumentException(left == 0 ? java.text.MessageFormat.format(messages.getString(
                        "approve.locked"), attempts.secondsLeft()) : messages.getString("approve.notManager"));
            }
            attempts.succeeded();
            return new Approval(signedIn != null ? signedIn.name() : manager.get().name(), manager.get().name());
        };
    }
}
