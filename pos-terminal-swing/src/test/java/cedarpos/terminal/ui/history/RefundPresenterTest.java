package cedarpos.terminal.ui.history;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KARIM;
import static cedarpos.terminal.testing.LebaneseCatalog.RANA;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Money back on a paid check from the order history: what the form works out, and the approved, audited write. */
class RefundPresenterTest {
    static final ResourceBundle EN = Ui.messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    TerminalStore store;
    HistoryPresenterTest.FakeView view = new HistoryPresenterTest.FakeView();
    HistoryPresenter presenter;
    MergedOrder paid;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = new HistoryPresenter(store.orders(), store.payments(), store.floor(), store.cashier(), view,
                Threads.direct(), EN, Clock.systemDefaultZone(),
                (order, copy) -> { }, id -> { }, l -> l.line().name());
        presenter.setStaff(KARIM);
        // 2 hummus $11.00 + shish taouk $14.00 = $25.00, 10% off = $22.50, paid with a $20 note and 225,000 LBP
        MergedOrder o = store.orders().place(T4, List.of(new NewLine(HUMMUS, 2), new NewLine(SHISH_TAOUK, 1)));
        o = store.orders().setDiscount(o.id(), new Discount(Discount.Kind.PERCENT, 1000, "regular"));
        paid = store.payments().settle(o.id(), Payment.of(VAT.due(o.total()), List.of(new Tender(Tender.Method.CASH,
                usd(2000)), new Tender(Tender.Method.CASH, lbp(223_750))), RATE, VAT, Currency.LBP));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    static Money lbp(long pounds) {
        return Money.of(pounds, Currency.LBP);
    }

    OrderLineId line(String name) {
        return paid.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow().line().id();
    }

    @Test
    void the_form_gives_back_every_line_to_begin_with_and_works_out_lines_or_a_typed_amount() {
        RefundForm form = new RefundForm(paid, l -> l.line().name(), EN);
        assertThat(form.items()).extracting(RefundForm.Item::label, RefundForm.Item::selected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2 \u00d7 Hummus   $11.00", true),
                org.assertj.core.groups.Tuple.tuple("1 \u00d7 Shish Taouk   $14.00", true));
        assertThat(form.amount()).as("every line: all that was paid").isEqualTo(usd(2250));
        assertThat(form.way()).isEqualTo(RefundForm.Way.CASH_USD);
        assertThat(form.ways()).containsExactly(RefundForm.Way.values());
        assertThat(form.problem()).isEqualTo("Say why the check is refunded");
        assertThat(form.request()).isNull();

        // the hummus alone: $11.00 less its share of the 10% = 1100 x 2250 / 2500 = $9.90 (VAT is in the prices)
        form.toggle(line("Shish Taouk"));
        assertThat(form.amount()).isEqualTo(usd(990));
        // at 89,500: 990 x 895 = 886,050 LBP
        assertThat(form.inBothCurrencies()).isEqualTo("$9.90 \u00b7 LBP 886,050");
        form.way(RefundForm.Way.CASH_LBP);
        assertThat(form.paidBack()).isEqualTo(new Tender(Tender.Method.CASH, lbp(886_050)));
        form.reason(" cold ");
        assertThat(form.request()).isEqualTo(new RefundForm.Request(java.util.Set.of(line("Hummus")), usd(990),
                new Tender(Tender.Method.CASH, lbp(886_050)), "cold"));

        // an amount typed instead: an amount-only refund
        form.typeAmount("٥.٥");
        assertThat(form.items()).noneMatch(RefundForm.Item::selected);
        assertThat(form.amount()).isEqualTo(usd(550));
        assertThat(form.request().lines()).isEmpty();
        form.typeAmount("22.51");
        assertThat(form.problem()).isEqualTo("Only $22.50 is left to refund on this check");
        form.typeAmount("five");
        assertThat(form.problem()).isEqualTo("Type an amount in $, e.g. 5.50");
        form.typeAmount("");
        assertThat(form.problem()).isEqualTo("Pick the lines to give back or type an amount");
        form.toggle(line("Hummus"));
        form.way(RefundForm.Way.CARD);
        assertThat(form.paidBack()).isEqualTo(new Tender(Tender.Method.CARD, usd(990)));
    }

    @Test
    void a_cashier_refunds_with_a_managers_pin_and_the_refund_is_audited_and_shown() {
        presenter.load();
        presenter.select(paid.id());
        assertThat(view.detail.canRefund()).isTrue();
        long before = store.pendingCount();

        view.pin = LebaneseCatalog.CASHIER_PIN;
        view.refund = f -> true;
        presenter.refund();
        assertThat(view.message).contains("that PIN is not a manager's");
        assertThat(store.pendingCount()).isEqualTo(before);

        view.pin = LebaneseCatalog.MANAGER_PIN;
        view.refund = f -> false;
        presenter.refund();
        assertThat(store.pendingCount()).as("cancelled, nothing written").isEqualTo(before);

        view.refund = f -> {
            f.toggle(line("Shish Taouk"));
            f.way(RefundForm.Way.CASH_LBP);
            f.reason("hummus was sour");
            return true;
        };
        presenter.refund();
        assertThat(view.askedPinFor).isEqualTo("Refund on the paid check of T4 (up to $22.50)");
        assertThat(view.refundTitle).isEqualTo("Refund \u00b7 T4");
        assertThat(view.message).isEqualTo("Refunded $9.90 on the check of T4");
        MergedOrder after = store.orders().find(paid.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(after.refunded()).isEqualTo(usd(990));
        assertThat(store.pendingCount()).isEqualTo(before + 2);
        assertThat(store.syncLog().pendingAfter(0, 100)).filteredOn(e -> e.entity().equals(Operations.AUDIT))
                .extracting(e -> e.payload().getString("action"), e -> e.payload().getString("approvedBy"),
                        e -> e.payload().getString("detail"), e -> e.payload().getString("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REFUND", "Rana Haddad",
                        "$9.90 back in cash (LBP 886,050)", "hummus was sour"));
        assertThat(view.detail.refunds()).containsExactly(
                "$9.90 \u00b7 cash LBP 886,050 \u00b7 hummus was sour (Rana Haddad)");
        assertThat(view.detail.canRefund()).as("$12.60 is left").isTrue();

        // the next refund offers only the shish taouk, for what is left
        view.refund = f -> {
            assertThat(f.items()).extracting(RefundForm.Item::label).containsExactly("1 \u00d7 Shish Taouk   $14.00");
            assertThat(f.amount()).isEqualTo(usd(1260));
            f.reason("burnt");
            return true;
        };
        presenter.refund();
        assertThat(store.orders().find(paid.id()).orElseThrow().refundable()).isEqualTo(usd(0));
        assertThat(view.detail.canRefund()).as("nothing is left to refund").isFalse();
    }

    @Test
    void a_signed_in_manager_approves_their_own_refund() {
        presenter.setStaff(RANA);
        presenter.load();
        presenter.select(paid.id());
        view.refund = f -> {
            f.typeAmount("2");
            f.way(RefundForm.Way.CARD);
            f.reason("gesture");
            return true;
        };
        presenter.refund();
        assertThat(view.askedPinFor).as("no PIN asked").isNull();
        assertThat(store.orders().find(paid.id()).orElseThrow().refunds()).singleElement().satisfies(r -> {
            assertThat(r.approvedBy()).isEqualTo("Rana Haddad");
            assertThat(r.lines()).isEmpty();
            assertThat(r.paidBack()).isEqualTo(new Tender(Tender.Method.CARD, usd(200)));
        });
    }
}
