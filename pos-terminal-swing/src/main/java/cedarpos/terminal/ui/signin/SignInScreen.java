package cedarpos.terminal.ui.signin;

import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.support.Threads;
import java.time.Clock;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javax.swing.JComponent;

/** The PIN sign-in screen wired to the staff of the last catalog. */
public final class SignInScreen {
    private final SignInPanel panel;
    private final SignInPresenter presenter;

    /** @param signedIn who signed in, on the EDT */
    public SignInScreen(CashierCatalog staff, Threads threads, ResourceBundle messages, Clock clock,
                        Consumer<StaffMember> signedIn) {
        panel = new SignInPanel(messages);
        presenter = new SignInPresenter(staff, panel, threads, messages, clock, signedIn);
        panel.bind(presenter);
    }

    public JComponent component() {
        return panel;
    }

    /** Every second: a lockout counts down. */
    public void tick() {
        presenter.tick();
    }

    /** An empty pad for the next person. */
    public void reset() {
        presenter.reset();
    }
}
