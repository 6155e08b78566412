package cedarpos.terminal.ui.signin;

import cedarpos.domain.staff.Pin;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.PinAttempts;
import cedarpos.terminal.support.Threads;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in with a PIN, checked offline against the hashes of the last catalog. A PIN is short, so after
 * {@link #MAX_FAILURES} wrong ones in a row the pad locks for {@link #LOCK_MS}; the typed digits live in a char
 * array that is wiped after each attempt.
 */
public final class SignInPresenter {
    public static final int MAX_FAILURES = PinAttempts.MAX_FAILURES;
    public static final long LOCK_MS = PinAttempts.LOCK_MS;
    private static final Logger LOG = Logger.getLogger(SignInPresenter.class.getName());

    private final CashierCatalog staff;
    private final SignInView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private final Consumer<StaffMember> signedIn;
    private char[] pin = new char[0];
    private final PinAttempts attempts;
    private boolean checking;

    public SignInPresenter(CashierCatalog staff, SignInView view, Threads threads, ResourceBundle messages,
                           Clock clock, Consumer<StaffMember> signedIn) {
        this.staff = staff;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.attempts = new PinAttempts(clock);
        this.signedIn = signedIn;
    }

    /** Shows the pad empty, ready for the next person. */
    public void reset() {
        wipe();
        view.showMessage(messages.getString("signin.hint"), false);
        render();
    }

    public void digit(char d) {
        if (d < '0' || d > '9' || checking || locked() || pin.length >= Pin.MAX_DIGITS) {
            return;
        }
        char[] more = Arrays.copyOf(pin, pin.length + 1);
        more[pin.length] = d;
        Arrays.fill(pin, '\0');
        pin = more;
        render();
    }

    public void backspace() {
        if (pin.length > 0 && !checking) {
            char[] less = Arrays.copyOf(pin, pin.length - 1);
            Arrays.fill(pin, '\0');
            pin = less;
            render();
        }
    }

    public void clear() {
        if (!checking) {
            wipe();
            render();
        }
    }

    /** Checks the PIN off the EDT (PBKDF2 is slow on purpose). */
    public void submit() {
        if (checking) {
            return;
        }
        if (locked()) {
            showLocked();
            return;
        }
        if (pin.length < Pin.MIN_DIGITS) {
            view.showMessage(MessageFormat.format(messages.getString("signin.tooShort"), Pin.MIN_DIGITS,
                    Pin.MAX_DIGITS), true);
            return;
        }
        char[] attempt = pin;
        pin = new char[0];
        checking = true;
        render();
        threads.onIo(() -> {
            try {
                return staff.signIn(attempt);
            } finally {
                Arrays.fill(attempt, '\0');
            }
        }).whenCompleteAsync((who, error) -> {
            checking = false;
            if (error != null) {
                LOG.log(Level.SEVERE, "PIN check failed", error);
                view.showMessage(messages.getString("signin.failed"), true);
            } else {
                done(who);
            }
            render();
        }, threads.edt());
    }

    private void done(Optional<StaffMember> who) {
        if (who.isPresent()) {
            attempts.succeeded();
            LOG.info(() -> "signed in staff=" + who.get().id() + " role=" + who.get().role());
            view.showMessage(messages.getString("signin.hint"), false);
            signedIn.accept(who.get());
            return;
        }
        int left = attempts.failed();
        LOG.info(() -> "wrong PIN, tries left=" + left);
        if (left == 0) {
            showLocked();
        } else {
            view.showMessage(MessageFormat.format(messages.getString("signin.wrong"), left), true);
        }
    }

    /** Called every second or so: ends a lockout when its time is up. */
    public void tick() {
        if (attempts.lockSet()) {
            if (attempts.expire()) {
                view.showMessage(messages.getString("signin.hint"), false);
            } else {
                showLocked();
            }
            render();
        }
    }

    private void showLocked() {
        view.showMessage(MessageFormat.format(messages.getString("signin.locked"), attempts.secondsLeft()), true);
    }

    private boolean locked() {
        return attempts.locked();
    }

    private void wipe() {
        Arrays.fill(pin, '\0');
        pin = new char[0];
    }

    private void render() {
        view.showEntered(pin.length);
        boolean open = !checking && !locked();
        view.setEnabled(open, open && pin.length >= Pin.MIN_DIGITS);
    }
}
