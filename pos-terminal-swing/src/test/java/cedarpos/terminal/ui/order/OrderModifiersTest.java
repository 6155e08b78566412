package cedarpos.terminal.ui.order;

import static cedarpos.terminal.testing.LebaneseCatalog.GARLIC;
import static cedarpos.terminal.testing.LebaneseCatalog.HOT;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.MEDIUM;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.WELL_DONE;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.LineModifier;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open a table, add dishes with modifiers, send, hand the check to payment: the order presenter on a real store. */
class OrderModifiersTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeOrderView view = new FakeOrderView();
    OrderPresenter presenter;
    AtomicReference<MergedOrder> toPay = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                view, Threads.direct(), Ui.messages(Locale.ENGLISH));
        presenter.reloadCatalog();
        presenter.setStaff(LebaneseCatalog.KARIM);
        presenter.onPay(toPay::set);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void a_grill_asks_its_modifiers_and_the_same_choice_twice_is_one_line() {
        presenter.openTable(T4);
        view.modifierAnswer = List.of(WELL_DONE, GARLIC);
        presenter.addItem(KAFTA);
        assertThat(view.askedModifiers).extracting(g -> g.nameEn()).containsExactly("Doneness", "Sauces");
        presenter.addItem(KAFTA);
        view.modifierAnswer = List.of(MEDIUM);
        presenter.addItem(KAFTA);
        view.askedModifiers = null;
        presenter.addItem(HUMMUS);
        assertThat(view.askedModifiers).as("hummus has no modifiers: no question").isNull();
        assertThat(view.lines).extracting(DraftLine::quantity, l -> l.total())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Money.of(2700, Currency.USD)),
                        org.assertj.core.groups.Tuple.tuple(1, Money.of(1300, Currency.USD)),
                        org.assertj.core.groups.Tuple.tuple(1, Money.of(550, Currency.USD)));
        assertThat(view.payable).as("nothing sent yet").isFalse();

        presenter.send();
        MergedOrder saved = presenter.current();
        assertThat(saved.tableId()).isEqualTo(T4);
        assertThat(saved.staffName()).isEqualTo("Karim Nassar");
        assertThat(saved.lines()).extracting(l -> l.line().quantity(), l -> l.modifiers().stream()
                        .map(LineModifier::nameEn).toList())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, List.of("Well done", "Extra garlic sauce")),
                        org.assertj.core.groups.Tuple.tuple(1, List.of("Medium")),
                        org.assertj.core.groups.Tuple.tuple(1, List.of()));
        assertThat(view.placed).extracting(PlacedLine::modifiers)
                .containsExactly("Well done, Extra garlic sauce", "Medium", null);
        assertThat(view.payable).isTrue();
        presenter.pay();
        assertThat(toPay.get().id()).isEqualTo(saved.id());
        assertThat(toPay.get().total()).isEqualTo(Money.of(4550, Currency.USD));
    }

    @Test
    void a_waiter_sends_orders_but_the_cashier_takes_the_payment() {
        presenter.setStaff(LebaneseCatalog.MAYA);
        presenter.openTable(T4);
        presenter.addItem(HUMMUS);
        presenter.send();
        assertThat(presenter.current().staffName()).isEqualTo("Maya Khoury");
        assertThat(view.payable).isFalse();
        presenter.pay();
        assertThat(toPay.get()).isNull();
        presenter.setStaff(LebaneseCatalog.KARIM);
        presenter.refresh();
        assertThat(view.payable).isTrue();
    }

    @Test
    void cancelling_the_question_adds_nothing_and_an_invalid_answer_is_refused_with_a_reason() {
        presenter.openTable(T4);
        view.modifierAnswer = null;
        presenter.addItem(KAFTA);
        assertThat(view.lines).isEmpty();
        view.modifierAnswer = List.of(HOT);
        presenter.addItem(KAFTA);
        assertThat(view.lines).isEmpty();
        assertThat(view.notice).isEqualTo("Kafta Meshwiyeh needs a choice of Doneness");
        assertThat(view.noticeIsError).isTrue();
    }

    @Test
    void opening_a_table_shows_its_open_check_and_a_paid_one_no_more() {
        MergedOrder open = store.orders().open(T4, 2, List.of(new cedarpos.terminal.store.NewLine(HUMMUS, 2)), "Rana");
        presenter.openTable(T4);
        assertThat(presenter.current().id()).isEqualTo(open.id());
        assertThat(view.selectedTable).isEqualTo(T4);
        store.payments().settle(open.id());
        presenter.openTable(T4);
        assertThat(presenter.current()).isNull();
        assertThat(view.selectedTable).isEqualTo(T4);
        assertThat(store.orders().find(open.id()).orElseThrow().status()).isEqualTo(OrderStatus.SETTLED);
    }
}
