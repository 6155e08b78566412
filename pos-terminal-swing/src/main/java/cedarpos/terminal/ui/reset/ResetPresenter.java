package cedarpos.terminal.ui.reset;

import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.Approval;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.ManagerGate;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * "Reset this till" and "Enroll again", behind a manager (the signed-in one, or a manager's PIN). A reset never loses
 * a sale: while entries the server has not acknowledged wait in the outbox it is refused with their count, and
 * nothing changes.
 */
public final class ResetPresenter {
    private static final Logger LOG = Logger.getLogger(ResetPresenter.class.getName());

    private final ManagerGate gate;
    private final LongSupplier unsent;
    private final ResetView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private final TillActions actions;

    /** @param unsent the outbox entries the server has not acknowledged, read on the IO thread */
    public ResetPresenter(CashierCatalog staff, LongSupplier unsent, ResetView view, Threads threads,
                          ResourceBundle messages, TillActions actions) {
        this.gate = new ManagerGate(staff, view::askManagerPin, messages);
        this.unsent = unsent;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.actions = actions;
    }

    /** Archives this till's data and sets it up again, once a manager approved and nothing is left to send. */
    public void reset(StaffMember signedIn, Locale locale) {
        approved(signedIn, "reset.what", approval -> {
            long waiting = unsent.getAsLong();
            return () -> {
                if (waiting > 0) {
                    view.showRefused(MessageFormat.format(messages.getString("reset.pending"), waiting));
                } else if (view.confirm(messages.getString("reset.title"), messages.getString("reset.confirm"),
                        messages.getString("reset.go"))) {
                    LOG.info(() -> "till reset approved by=\"" + approval.manager() + "\"");
                    actions.reset(locale);
                }
            };
        });
    }

    /** Enrolls this till again (its token was revoked), its data and unsent entries kept, once a manager approved. */
    public void enrollAgain(StaffMember signedIn, Locale locale) {
        approved(signedIn, "reenroll.what", approval -> () -> {
            if (view.confirm(messages.getString("reenroll.title"), messages.getString("reenroll.confirm"),
                    messages.getString("reenroll.go"))) {
                LOG.info(() -> "till enrolling again approved by=\"" + approval.manager() + "\"");
                actions.enrollAgain(locale);
            }
        });
    }

    /** What to do once approved: read on the IO thread, the answer run on the EDT. */
    private interface Next {
        Runnable after(Approval approval);
    }

    private void approved(StaffMember signedIn, String whatKey, Next next) {
        Supplier<Approval> approval = gate.ask(signedIn, messages.getString(whatKey));
        if (approval == null) {
            return;
        }
        threads.onIo(() -> next.after(approval.get())).whenCompleteAsync((then, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                view.showRefused(cause.getMessage());
            } else {
                then.run();
            }
        }, threads.edt());
    }
}
