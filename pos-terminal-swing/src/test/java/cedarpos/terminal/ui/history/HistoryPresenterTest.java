package cedarpos.terminal.ui.history;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KARIM;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's checks on the order history: a paid check's receipt printed again, and a check reopened by a manager. */
class HistoryPresenterTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeView view = new FakeView();
    List<String> printed = new ArrayList<>();
    List<OrderId> reopened = new ArrayList<>();
    HistoryPresenter presenter;
    MergedOrder paid;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = new HistoryPresenter(store.orders(), store.payments(), store.floor(), store.cashier(), view,
                Threads.direct(), Ui.messages(Locale.ENGLISH),
                Clock.systemDefaultZone(), (order, copy) -> printed.add(order + (copy ? " copy" : "")),
                reopened::add, l -> l.line().name());
        presenter.setStaff(KARIM);
        MergedOrder o = store.orders().place(T4, List.of(new NewLine(HUMMUS, 2)));
        Money due = VAT.due(o.total());
        paid = store.payments().settle(o.id(), Payment.of(due, List.of(new Tender(Tender.Method.CASH,
                Money.of(2000, Currency.USD))), RATE, VAT, Currency.LBP));
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void todays_checks_newest_first_and_a_paid_one_with_its_payment() {
        presenter.load();
        assertThat(view.rows).extracting(HistoryView.Row::table, HistoryView.Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Counter", "Open"),
                        org.assertj.core.groups.Tuple.tuple("T4", "Paid"));
        assertThat(view.detail).isNull();
        presenter.select(paid.id());
        assertThat(view.detail.lines()).containsExactly("2 \u00d7 Hummus   $11.00");
        assertThat(view.detail.payments()).containsExactly("Cash $20.00", "Change given LBP 805,500");
        assertThat(view.detail.canReprint()).isTrue();
        assertThat(view.detail.canReopen()).isTrue();
        presenter.reprint();
        assertThat(printed).containsExactly(paid.id() + " copy");
        assertThat(view.message).isEqualTo("Receipt for T4 sent to the printer, marked COPY");
    }

    @Test
    void a_cashier_reopens_a_paid_check_with_a_managers_pin_and_the_reason_is_audited() {
        presenter.load();
        presenter.select(paid.id());
        long before = store.pendingCount();
        view.pin = "1111"; // Karim's own PIN is not a manager's
        view.reason = "guest disputes the bill";
        presenter.reopen();
        assertThat(view.message).contains("that PIN is not a manager's");
        assertThat(store.orders().find(paid.id()).orElseThrow().status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(store.pendingCount()).isEqualTo(before);

        view.pin = LebaneseCatalog.MANAGER_PIN;
        view.reason = "  ";
        presenter.reopen();
        assertThat(store.pendingCount()).as("no reason, nothing written").isEqualTo(before);

        view.reason = "guest disputes the bill";
        presenter.reopen();
        assertThat(view.askedPinFor).isEqualTo("Reopen the paid check of T4 ($11.00)");
        assertThat(reopened).containsExactly(paid.id());
        assertThat(store.orders().find(paid.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(store.syncLog().pendingAfter(0, 100)).filteredOn(e -> e.entity().equals(Operations.AUDIT))
                .extracting(e -> e.payload().getString("action"), e -> e.payload().getString("approvedBy"),
                        e -> e.payload().getString("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REOPEN", "Rana Haddad",
                        "guest disputes the bill"));
        assertThat(view.rows).extracting(HistoryView.Row::status).containsExactly("Open", "Open");
    }

    static final class FakeView implements HistoryView {
        List<Row> rows = List.of();
        Detail detail;
        String message;
        String pin;
        String reason;
        String askedPinFor;
        String refundTitle;
        /** Fills in the refund dialog; true confirms it. */
        java.util.function.Predicate<RefundForm> refund = f -> false;

        @Override
        public void showOrders(List<Row> r) {
            rows = r;
        }

        @Override
        public void showDetail(Detail d) {
            detail = d;
        }

        @Override
        public void showMessage(String text, boolean error) {
            message = text;
        }

        @Override
        public char[] askManagerPin(String what) {
            askedPinFor = what;
            return pin == null ? null : pin.toCharArray();
        }

        @Override
        public String askReason(String what) {
            return reason;
        }

        @Override
        public boolean askRefund(String title, RefundForm form) {
            refundTitle = title;
            return refund.test(form);
        }
    }
}
