package cedarpos.terminal.ui.payment;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Tendering;
import cedarpos.terminal.support.Threads;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * State and behaviour of the payment screen: the check, the amount being typed on the keypad, the tenders taken in
 * either currency, what is left and the change. All methods are called on the UI thread; saving the payment is the
 * {@code settle} function's business, off the UI thread, and its outcome comes back on the UI thread.
 *
 * <p>Amounts are exact ({@link Tendering}): what is left is rounded up, change rounded down.
 */
public final class PaymentPresenter {
    private static final Logger LOG = Logger.getLogger(PaymentPresenter.class.getName());
    /** One tender above this (ten million dollars, a billion pounds) is a mistake, not a payment. */
    static final long MAX_TENDER_MINOR = 1_000_000_000L;
    /**
     * The screen's arithmetic while the branch has no rate: every tender is then in the order's currency, where the
     * rate cannot change a sum. Never stamped: such a payment carries no rate.
     */
    static final ExchangeRate NO_RATE = new ExchangeRate(1);
    private static final List<Long> USD_NOTES = List.of(1_000L, 2_000L, 5_000L, 10_000L);
    private static final List<Long> LBP_NOTES = List.of(100_000L, 500_000L, 1_000_000L);

    private final PaymentView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private final Function<Payment, CompletableFuture<Void>> settle;
    private final Runnable onDone;
    private final Runnable onCancel;

    private Checkout checkout;
    private ExchangeRate rate;
    private List<Currency> currencies = List.of();
    private final List<Tender> tenders = new ArrayList<>();
    private AmountEntry entry;
    private Currency changeIn;
    /** The payment is being saved (or was): every tap waits, a second Complete does nothing. */
    private boolean busy;

    /**
     * @param settle   saves a payment (off the UI thread) and completes once it is stored, exceptionally with a
     *                 message for the cashier when it is not
     * @param onDone   after the payment is saved, on the UI thread: leave the screen
     * @param onCancel Back: leave the screen, nothing saved
     */
    public PaymentPresenter(PaymentView view, Threads threads, ResourceBundle messages,
                            Function<Payment, CompletableFuture<Void>> settle, Runnable onDone, Runnable onCancel) {
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.settle = settle;
        this.onDone = onDone;
        this.onCancel = onCancel;
    }

    /** Starts paying a check: nothing taken yet, amounts typed and change given in the order's currency. */
    public void open(Checkout check) {
        checkout = check;
        rate = check.rate() != null ? check.rate() : NO_RATE;
        Currency own = check.currency();
        currencies = check.rate() == null ? List.of(own)
                : List.of(own, own == Currency.USD ? Currency.LBP : Currency.USD);
        tenders.clear();
        entry = new AmountEntry(own);
        changeIn = own;
        busy = false;
        view.showSummary(summary());
        view.showMessage("", false);
        renderEntry();
        renderTenders();
    }

    // the keypad

    /** @param d 0..9 */
    public void digit(int d) {
        if (canEdit()) {
            refused(entry.digit((char) ('0' + d)));
        }
    }

    public void doubleZero() {
        if (canEdit()) {
            refused(entry.doubleZero());
        }
    }

    public void decimalPoint() {
        if (canEdit()) {
            refused(entry.point());
        }
    }

    public void backspace() {
        if (canEdit()) {
            entry.backspace();
            clearMessageAndRenderEntry();
        }
    }

    public void clearAmount() {
        if (canEdit()) {
            entry.clear();
            clearMessageAndRenderEntry();
        }
    }

    /** The currency amounts are typed in; what was typed goes with the old one. */
    public void selectCurrency(Currency currency) {
        if (canEdit() && currencies.contains(currency)) {
            entry.switchTo(currency);
            clearMessageAndRenderEntry();
        }
    }

    /** Types what is left to pay, in the selected currency. */
    public void exact() {
        if (!canEdit()) {
            return;
        }
        Tendering now = tendering();
        if (now.covered()) {
            view.showMessage(text("payment.bad.covered"), true);
            return;
        }
        entry.set(now.remaining(entry.currency()));
        clearMessageAndRenderEntry();
    }

    /** Types a common note's amount (in its currency, which becomes the selected one). */
    public void note(Money amount) {
        if (canEdit() && currencies.contains(amount.currency())) {
            entry.set(amount);
            clearMessageAndRenderEntry();
        }
    }

    // the tenders

    /** Takes the typed amount in cash: more than is left is fine, the difference is change. */
    public void cash() {
        take(Tender.Method.CASH);
    }

    /** Charges the typed amount to a card: never more than is left, a card gives no change. */
    public void card() {
        take(Tender.Method.CARD);
    }

    private void take(Tender.Method method) {
        if (!canEdit()) {
            return;
        }
        Money amount = Money.of(entry.minor(), entry.currency());
        String refusal = entry.isEmpty() ? text("payment.bad.empty")
                : amount.minor() == 0 ? text("payment.bad.zero")
                : amount.minor() > MAX_TENDER_MINOR ? text("payment.bad.tooLarge", amount.display(),
                        Money.of(MAX_TENDER_MINOR, amount.currency()).display())
                : tendering().covered() ? text("payment.bad.covered")
                : tenders.size() >= Payment.MAX_TENDERS ? text("payment.bad.tooMany",
                        String.valueOf(Payment.MAX_TENDERS))
                : null;
        Tender tender = null;
        if (refusal == null) {
            tender = new Tender(method, amount);
            try {
                tendering().with(tender).requireCardsWithinDue();
            } catch (IllegalArgumentException e) {
                refusal = text("payment.bad.cardOver", tendering().remaining(amount.currency()).display());
            }
        }
        if (refusal != null) {
            view.showMessage(refusal, true);
            return;
        }
        tenders.add(tender);
        entry.clear();
        view.showMessage("", false);
        renderEntry();
        renderTenders();
    }

    /** Takes a tender back (handed back to the customer, or keyed wrongly). */
    public void removeTender(int index) {
        if (canEdit() && index >= 0 && index < tenders.size()) {
            tenders.remove(index);
            view.showMessage("", false);
            renderTenders();
        }
    }

    public void selectChangeCurrency(Currency currency) {
        if (canEdit() && currencies.contains(currency)) {
            changeIn = currency;
            renderBalance();
        }
    }

    // leaving

    /**
     * Saves the payment once the tenders cover the check. While it is being saved every tap waits; saved, the
     * screen is left; not saved, the cashier reads why and the tenders stay to try again.
     */
    public void complete() {
        if (!canEdit() || !tendering().covered()) {
            return;
        }
        Payment payment;
        try {
            payment = Payment.of(checkout.due(), tenders, checkout.rate(), checkout.vat(), changeIn);
        } catch (IllegalArgumentException e) {
            // the checks above make this unreachable; should it happen, say so rather than save a wrong payment
            view.showMessage(text("payment.bad.invalid", e.getMessage()), true);
            return;
        }
        busy = true;
        view.showMessage(text("payment.saving"), false);
        renderActions();
        CompletableFuture<Void> saved;
        try {
            saved = settle.apply(payment);
        } catch (RuntimeException e) {
            saved = CompletableFuture.failedFuture(e);
        }
        String order = checkout.orderId().toString();
        saved.whenCompleteAsync((ok, error) -> {
            if (error == null) {
                LOG.info(() -> "payment saved order=" + order + " due=" + payment.due().display() + " tenders="
                        + payment.tenders().size() + " change=" + payment.change().display());
                onDone.run();
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            LOG.log(Level.WARNING, "payment not saved order=" + order, cause);
            busy = false;
            String why = cause.getMessage() == null || cause.getMessage().isBlank()
                    ? text("payment.failedUnknown") : cause.getMessage();
            view.showMessage(text("payment.failed", why), true);
            renderActions();
        }, threads.edt());
    }

    /** Leaves without paying; nothing is saved. Not while a payment is being saved. */
    public void back() {
        if (!busy) {
            onCancel.run();
        }
    }

    /** The tenders taken so far. */
    public List<Tender> tenders() {
        return List.copyOf(tenders);
    }

    // rendering

    private boolean canEdit() {
        return checkout != null && !busy;
    }

    private Tendering tendering() {
        return Tendering.of(checkout.due(), rate, tenders);
    }

    private void refused(AmountEntry.Refusal refusal) {
        if (refusal != null) {
            view.showMessage(text(refusal.key), true);
        } else {
            clearMessageAndRenderEntry();
        }
    }

    private void clearMessageAndRenderEntry() {
        view.showMessage("", false);
        renderEntry();
    }

    private PaymentView.Summary summary() {
        String where = checkout.tableLabel() == null ? text("payment.counter")
                : text("payment.table", checkout.tableLabel());
        String table = checkout.share() == null ? where : text("payment.shareOf", where, checkout.share());
        String discount = checkout.discount().minor() == 0 ? null : "\u2212" + checkout.discount().display();
        String vatCaption = checkout.vat().basisPoints() == 0 ? null
                : text(checkout.vat().included() ? "payment.vatIncluded" : "payment.vatAdded",
                checkout.vat().percent());
        Currency other = other();
        String dueOther = other == null ? null : text("payment.dueOther",
                tendering().dueIn(other).display(), String.format(Locale.ROOT, "%,d", rate.lbpPerUsd()));
        return new PaymentView.Summary(text("payment.titleFor", text("payment.title"), table),
                checkout.subtotal().display(), discount, vatCaption, checkout.vatAmount().display(),
                checkout.due().display(), dueOther);
    }

    private void renderEntry() {
        Currency c = entry.currency();
        List<PaymentView.Note> notes = (c == Currency.USD ? USD_NOTES : LBP_NOTES).stream()
                .map(minor -> noteOf(Money.of(minor, c))).toList();
        String hint = checkout.rate() == null ? text("payment.noRate", text("payment.currencyName." + c.name()))
                : null;
        view.showEntry(new PaymentView.Entry(entry.display(), c, currencies, c.exponent() > 0, notes, hint));
    }

    private static PaymentView.Note noteOf(Money amount) {
        String major = String.format(Locale.ROOT, "%,d", amount.toMajor().longValueExact());
        return new PaymentView.Note(amount, amount.currency() == Currency.USD ? "$" + major : major);
    }

    private void renderTenders() {
        List<PaymentView.TenderRow> rows = new ArrayList<>();
        for (int i = 0; i < tenders.size(); i++) {
            Tender t = tenders.get(i);
            rows.add(new PaymentView.TenderRow(i, text(t.method() == Tender.Method.CASH ? "payment.cash"
                    : "payment.card"), t.amount().display(), equivalent(t.amount())));
        }
        view.showTenders(rows);
        renderBalance();
    }

    /** "= $14.50" for a tender in the other currency ("≈" when the rate does not divide it exactly). */
    private String equivalent(Money amount) {
        if (amount.currency() == checkout.currency()) {
            return null;
        }
        Money worth = rate.convert(amount, checkout.currency());
        return text(rate.exact(worth) == rate.exact(amount) ? "payment.equals" : "payment.about", worth.display());
    }

    private void renderBalance() {
        Tendering now = tendering();
        Currency other = other();
        view.showBalance(new PaymentView.Balance(now.remaining(checkout.currency()).display(),
                other == null ? null : now.remaining(other).display(), now.change(changeIn).display(), changeIn,
                currencies, now.covered()));
        renderActions();
    }

    private void renderActions() {
        view.setActions(!busy && tendering().covered(), busy);
    }

    /** The currency besides the order's, when there is a rate to take it at. */
    private Currency other() {
        return currencies.size() > 1 ? currencies.get(1) : null;
    }

    private String text(String key, String... args) {
        String pattern = messages.getString(key);
        // every argument is already formatted (Western digits in either language): MessageFormat only places them
        return args.length == 0 ? pattern : MessageFormat.format(pattern, (Object[]) args);
    }
}
