package cedarpos.terminal.ui.shift;

import cedarpos.terminal.ui.kit.Amounts;
import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.Shift;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.ShiftRefusal;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.ShiftBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.store.PinAttempts;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The drawer of this terminal: open a shift with a counted float, pay in, pay out with a manager's PIN, close with a
 * blind count (the expected cash is shown only in the Z report, after the count) and read the Z report. Methods are
 * called on the EDT; the store and the PIN check run on the IO executor.
 *
 * <p>A manager's PIN approves a pay-out. It is checked like a sign-in, offline against the catalog's hashes, and the
 * same lockout applies: {@link #MAX_FAILURES} wrong manager PINs in a row, here or on any other screen of the till,
 * lock approvals for {@link #LOCK_MS}.
 */
public final class ShiftPresenter {
    public static final int MAX_FAILURES = PinAttempts.MAX_FAILURES;
    public static final long LOCK_MS = PinAttempts.LOCK_MS;
    private static final Logger LOG = Logger.getLogger(ShiftPresenter.class.getName());

    private final ShiftBook shifts;
    private final CashierCatalog cashier;
    private final ShiftView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private final Supplier<String> signedInStaff;
    private boolean busy;
    private final PinAttempts attempts;

    private record Loaded(Shift shift, List<DrawerMovement> movements) {
    }

    /**
     * @param cashier       the staff, whose manager PINs approve a pay-out
     * @param signedInStaff who is signed in (named on the shift and its movements), read on the IO thread
     */
    public ShiftPresenter(ShiftBook shifts, CashierCatalog cashier, ShiftView view,
                          Threads threads, ResourceBundle messages, Supplier<String> signedInStaff) {
        this.shifts = shifts;
        this.cashier = cashier;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.signedInStaff = signedInStaff;
        // a pay-out's manager PIN counts with every other approval on this till
        this.attempts = cashier.approvalAttempts();
    }

    /** Shows the open shift, or the float form when there is none. Call whenever the screen is shown. */
    public void start() {
        run(() -> {
            Optional<Shift> open = shifts.current();
            return new Loaded(open.orElse(null), open.map(s -> shifts.movements(s.id())).orElse(List.of()));
        }, this::show);
    }

    /** Opens a shift with the float counted per currency; a currency left blank holds nothing. */
    public void openShift(String usdText, String lbpText) {
        Money usd;
        Money lbp;
        try {
            usd = Amounts.parseOrZero(usdText, Currency.USD);
        } catch (Amounts.Invalid e) {
            amountProblem(e, Currency.USD);
            return;
        }
        try {
            lbp = Amounts.parseOrZero(lbpText, Currency.LBP);
        } catch (Amounts.Invalid e) {
            amountProblem(e, Currency.LBP);
            return;
        }
        run(() -> {
            Shift s = shifts.open(staff(), usd, lbp);
            return new Loaded(s, List.of());
        }, loaded -> {
            show(loaded);
            say(format("shift.opened", usd.display(), lbp.display()), false);
        });
    }

    /** Cash into the drawer, by whoever is signed in. */
    public void payIn(String amountText, Currency currency, String reason) {
        Money amount = movementAmount(amountText, currency);
        if (amount == null || !reasonGiven(reason)) {
            return;
        }
        run(() -> {
            shifts.payIn(amount, reason, staff());
            return reload();
        }, loaded -> {
            show(loaded);
            view.clearMovementForm();
            say(format("shift.payIn.done", amount.display()), false);
        });
    }

    /**
     * Cash out of the drawer, approved by the manager whose PIN is typed. The PIN array is wiped once checked.
     */
    public void payOut(String amountText, Currency currency, String reason, char[] managerPin) {
        char[] pin = managerPin == null ? new char[0] : managerPin;
        if (busy) {
            Arrays.fill(pin, '\0');
            return;
        }
        Money amount = movementAmount(amountText, currency);
        if (amount == null || !reasonGiven(reason)) {
            Arrays.fill(pin, '\0');
            return;
        }
        if (locked()) {
            Arrays.fill(pin, '\0');
            showLocked();
            return;
        }
        if (pin.length == 0) {
            say(messages.getString("shift.pin.required"), true);
            return;
        }
        run(() -> {
            if (cashier.staff().stream().noneMatch(m -> m.role().approves())) {
                Arrays.fill(pin, '\0');
                return new Approval(Approval.Outcome.NO_MANAGERS, null, null);
            }
            Optional<StaffMember> who = cashier.approver(pin);
            if (who.isEmpty()) {
                return new Approval(Approval.Outcome.WRONG_PIN, null, null);
            }
            shifts.payOut(amount, reason, staff(), who.get().name());
            return new Approval(Approval.Outcome.APPROVED, reload(), who.get().name());
        }, a -> {
            switch (a.outcome()) {
                case NO_MANAGERS -> say(messages.getString("shift.pin.noManagers"), true);
                case WRONG_PIN -> wrongPin();
                default -> {
                    attempts.succeeded();
                    show(a.loaded());
                    view.clearMovementForm();
                    say(format("shift.payOut.done", amount.display(), a.manager()), false);
                }
            }
        });
    }

    /** What a pay-out's PIN check came to; when approved, the drawer as it now stands and the manager's name. */
    private record Approval(Outcome outcome, Loaded loaded, String manager) {
        enum Outcome {
            APPROVED,
            NO_MANAGERS,
            WRONG_PIN
        }
    }

    /** Closes the shift with the cash counted per currency (both required, 0 for none) and shows the Z report. */
    public void closeShift(String countedUsdText, String countedLbpText) {
        Money usd;
        Money lbp;
        try {
            usd = Amounts.parse(countedUsdText, Currency.USD);
        } catch (Amounts.Invalid e) {
            amountProblem(e, Currency.USD);
            return;
        }
        try {
            lbp = Amounts.parse(countedLbpText, Currency.LBP);
        } catch (Amounts.Invalid e) {
            amountProblem(e, Currency.LBP);
            return;
        }
        run(() -> shifts.close(staff(), usd, lbp), z -> {
            view.showReport(z);
            say(messages.getString("shift.closed"), false);
        });
    }

    /** Shows the Z report of the last shift closed on this terminal again. */
    public void reprintLast() {
        run(() -> shifts.recentlyClosed(1).stream().findFirst()
                .flatMap(s -> shifts.report(s.id())), report -> {
                    if (report.isPresent()) {
                        view.showReport(report.get());
                        say(null, false);
                    } else {
                        say(messages.getString("shift.noReport"), true);
                    }
                });
    }

    /** Leaves the report: back to the open shift, or to the float form. */
    public void done() {
        start();
    }

    private Loaded reload() {
        Optional<Shift> open = shifts.current();
        return new Loaded(open.orElse(null), open.map(s -> shifts.movements(s.id())).orElse(List.of()));
    }

    private void show(Loaded loaded) {
        if (loaded.shift() == null) {
            view.showOpenForm();
        } else {
            view.showShift(loaded.shift(), loaded.movements());
        }
    }

    /** Who the record names: the signed-in member of staff. IO thread. */
    private String staff() {
        return signedInStaff.get();
    }

    private Money movementAmount(String text, Currency currency) {
        try {
            Money m = Amounts.parse(text, currency);
            if (m.minor() == 0) {
                say(messages.getString("shift.refused.AMOUNT_NOT_POSITIVE"), true);
                return null;
            }
            return m;
        } catch (Amounts.Invalid e) {
            amountProblem(e, currency);
            return null;
        }
    }

    private boolean reasonGiven(String reason) {
        if (reason == null || reason.isBlank()) {
            say(messages.getString("shift.reason.required"), true);
            return false;
        }
        return true;
    }

    private void amountProblem(Amounts.Invalid e, Currency currency) {
        String key = switch (e.problem) {
            case BLANK -> "shift.amount.required." + currency;
            case TOO_LARGE -> "shift.amount.tooLarge";
            default -> "shift.amount.invalid." + currency;
        };
        say(messages.getString(key), true);
    }

    private void wrongPin() {
        int left = attempts.failed();
        LOG.info(() -> "pay-out approval refused, tries left=" + left);
        if (left == 0) {
            showLocked();
        } else {
            say(format("shift.pin.wrong", left), true);
        }
    }

    private boolean locked() {
        return attempts.locked();
    }

    private void showLocked() {
        say(format("shift.pin.locked", attempts.secondsLeft()), true);
    }

    /** Runs {@code work} off the EDT, one at a time; a refusal or failure becomes a message, nothing else changes. */
    private <T> void run(Supplier<T> work, Consumer<T> done) {
        if (busy) {
            return;
        }
        busy = true;
        view.setBusy(true);
        CompletableFuture<T> job = threads.onIo(work);
        job.whenCompleteAsync((result, error) -> {
            busy = false;
            view.setBusy(false);
            if (error == null) {
                done.accept(result);
                return;
            }
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof ShiftRefusal r) {
                LOG.info(() -> "shift action refused code=" + r.code() + " reason=\"" + r.getMessage() + "\"");
                say(messages.getString("shift.refused." + r.code()), true);
                if (r.code() == ShiftRefusal.Code.ALREADY_OPEN || r.code() == ShiftRefusal.Code.NOT_OPEN) {
                    // another screen changed the drawer: show it as it is
                    String text = messages.getString("shift.refused." + r.code());
                    run(this::reload, loaded -> {
                        show(loaded);
                        say(text, true);
                    });
                }
            } else {
                LOG.log(Level.SEVERE, "shift action failed", cause);
                say(messages.getString("shift.failed"), true);
            }
        }, threads.edt());
    }

    private void say(String text, boolean error) {
        view.showMessage(text, error);
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
