package cedarpos.terminal.ui.payment;

import cedarpos.domain.DiningTable;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.store.PaymentBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.nav.Navigator;
import cedarpos.terminal.ui.nav.ShareToPay;
import java.awt.EventQueue;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;

/**
 * The payment screen wired to the payment book: the check (or one share of a split check) as the saved order and
 * the branch's rate and VAT make it, and the settlement or the share's payment written off the EDT. A settled check
 * goes to the floor; a share paid with more left, or Back while paying a share, goes to the split screen; Back while
 * paying a whole check goes to the order screen.
 */
public final class PaymentScreen {
    private static final Logger LOG = Logger.getLogger(PaymentScreen.class.getName());

    private final CashierCatalog cashier;
    private final FloorBook floor;
    private final Threads threads;
    private final Navigator navigator;
    private final PaymentPanel panel;
    private final PaymentPresenter presenter;
    private MergedOrder order;
    /** The share being paid, or null for the whole check. */
    private ShareToPay share;

    public PaymentScreen(PaymentBook payments, CashierCatalog cashier, FloorBook floor, Navigator navigator,
                         Threads threads, ResourceBundle messages) {
        this.cashier = cashier;
        this.floor = floor;
        this.threads = threads;
        this.navigator = navigator;
        this.panel = new PaymentPanel(messages);
        this.presenter = new PaymentPresenter(panel, threads, messages,
                payment -> {
                    MergedOrder check = order;
                    ShareToPay part = share;
                    return threads.onIo(() -> part == null ? payments.settle(check.id(), payment)
                                    : payments.payShare(check.id(), part.label(), part.lines(), part.amount(),
                                    payment))
                            .thenAccept(saved -> order = saved);
                },
                () -> {
                    if (order.status() == OrderStatus.SETTLED) {
                        navigator.paid(order);
                    } else {
                        navigator.toSplit(order);
                    }
                }, this::back);
        panel.bind(presenter);
    }

    public JComponent component() {
        return panel;
    }

    /** Loads the branch's rate and VAT and the table's label, then shows the whole check and calls {@code shown}. */
    public void open(MergedOrder check, Runnable shown) {
        open(check, null, shown);
    }

    /** The same for one share of a split check. */
    public void openShare(ShareToPay part, Runnable shown) {
        open(part.order(), part, shown);
    }

    private void open(MergedOrder check, ShareToPay part, Runnable shown) {
        assert EventQueue.isDispatchThread();
        order = check;
        share = part;
        threads.onIo(() -> new Loaded(cashier.settings(), floor.tables())).thenAcceptAsync(l -> {
            String table = check.tableId() == null ? null : l.tables().stream()
                    .filter(t -> t.id().equals(check.tableId())).map(DiningTable::label).findFirst().orElse(null);
            presenter.open(part == null ? new Checkout(check.id(), table, check.subtotal(), check.discountAmount(),
                    l.settings().vat(), l.settings().rate())
                    : new Checkout(check.id(), table, part.amount(), Money.zero(part.amount().currency()),
                    l.settings().vat(), l.settings().rate(), part.label()));
            shown.run();
        }, threads.edt()).exceptionally(e -> {
            LOG.log(Level.SEVERE, "payment screen load failed", e);
            return null;
        });
    }

    private void back() {
        if (share == null) {
            navigator.backToOrder();
        } else {
            navigator.toSplit(order);
        }
    }

    private record Loaded(BranchSettings settings, List<DiningTable> tables) {
    }
}
