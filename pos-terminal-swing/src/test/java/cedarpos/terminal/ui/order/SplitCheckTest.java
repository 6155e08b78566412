package cedarpos.terminal.ui.order;

import static cedarpos.terminal.testing.LebaneseCatalog.BAKLAVA;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.LEMONADE;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static cedarpos.terminal.testing.LebaneseCatalog.WELL_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.nav.ShareToPay;
import cedarpos.terminal.ui.split.SplitPresenter;
import cedarpos.terminal.ui.split.SplitView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seats and courses on the order screen (this package, for its fake view), then a split check on the split screen: by seat, evenly and by items,
 * each share paid (in dollars and pounds) through the real store until the last one settles the check.
 */
class SplitCheckTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeOrderView orderView = new FakeOrderView();
    OrderPresenter order;
    AtomicReference<MergedOrder> toSplit = new AtomicReference<>();
    FakeSplitView view = new FakeSplitView();
    List<ShareToPay> asked = new ArrayList<>();
    SplitPresenter split;
    int backs;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        order = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                orderView, Threads.direct(), Ui.messages(Locale.ENGLISH));
        order.reloadCatalog();
        order.setStaff(LebaneseCatalog.KARIM);
        order.onSplit(toSplit::set);
        split = new SplitPresenter(view, Ui.messages(Locale.ENGLISH), asked::add, () -> backs++,
                l -> l.line().name());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** Seat 1: a Kafta; seat 2: a Hummus and, as course 2, a Baklava; the table: a Lemonade. */
    MergedOrder sendSeatedOrder() {
        order.openTable(T4);
        order.selectSeat(1);
        orderView.modifierAnswer = List.of(WELL_DONE);
        order.addItem(KAFTA);
        order.selectSeat(2);
        order.addItem(HUMMUS);
        order.selectCourse(2);
        order.addItem(BAKLAVA);
        order.selectSeat(null);
        order.selectCourse(null);
        order.addItem(LEMONADE);
        order.send();
        return order.current();
    }

    MergedLine line(MergedOrder o, String name) {
        return o.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow();
    }

    /** Pays a share as the payment screen would: {@code usdCents} in dollars, the rest in pounds at the rate. */
    MergedOrder pay(ShareToPay share, long usdCents) {
        Money due = VAT.due(share.amount());
        List<Tender> tenders = new ArrayList<>();
        if (usdCents > 0) {
            tenders.add(new Tender(Tender.Method.CASH, Money.of(usdCents, Currency.USD)));
        }
        long leftCents = due.minor() - usdCents;
        if (leftCents > 0) {
            // pounds, rounded up to the pound the way the LBP "Exact" key does
            tenders.add(new Tender(Tender.Method.CASH, Money.of((leftCents * RATE.lbpPerUsd() + 99) / 100,
                    Currency.LBP)));
        }
        return store.payments().payShare(share.order().id(), share.label(), share.lines(), share.amount(),
                Payment.of(due, tenders, RATE, VAT, Currency.LBP));
    }

    @Test
    void seats_and_courses_go_with_the_lines_and_a_held_course_is_fired() {
        MergedOrder sent = sendSeatedOrder();
        assertThat(line(sent, "Kafta Meshwiyeh").seat()).isEqualTo(1);
        assertThat(line(sent, "Baklava").course()).isEqualTo(2);
        assertThat(line(sent, "Baklava").held()).isTrue();
        assertThat(line(sent, "Lemonade with Mint").seat()).isNull();
        assertThat(orderView.placed).extracting(p -> p.seating())
                .contains("Seat 1", "Seat 2", "Seat 2 \u00b7 Course 2 (held)", null);
        assertThat(orderView.seating.fireable()).containsExactly(2);

        order.fireCourse(2);
        assertThat(line(order.current(), "Baklava").held()).isFalse();
        assertThat(line(order.current(), "Baklava").fired()).isTrue();
        assertThat(orderView.seating.fireable()).isEmpty();
        assertThat(orderView.notice).isEqualTo("Course 2 fired: the kitchen makes it now");
        // nothing is held any more: firing again is refused and changes nothing
        assertThatThrownBy(() -> store.orders().fireCourse(sent.id(), 2)).hasMessageContaining("no line held");
    }

    @Test
    void by_seat_each_guest_pays_their_share_and_the_last_share_frees_the_table() {
        MergedOrder sent = sendSeatedOrder();
        order.split();
        assertThat(toSplit.get().id()).isEqualTo(sent.id());
        split.open(toSplit.get());
        assertThat(view.mode).isEqualTo(SplitView.Mode.SEAT);
        assertThat(view.shares).extracting(SplitView.ShareRow::label)
                .containsExactly("Seat 1", "Seat 2", "Shared (no seat)");
        long sum = split.shares().stream().mapToLong(s -> s.amount().minor()).sum();
        assertThat(sum).isEqualTo(sent.total().minor());
        assertThat(view.shares.get(1).detail()).isEqualTo("Hummus, Baklava");

        split.payShare(0);
        MergedOrder afterSeat1 = pay(asked.get(0), 500);
        assertThat(afterSeat1.status()).isNotEqualTo(OrderStatus.SETTLED);
        split.open(afterSeat1);
        assertThat(view.summary.paid()).containsExactly("Seat 1 \u00b7 " + asked.get(0).amount().display());
        assertThat(view.shares).extracting(SplitView.ShareRow::label).containsExactly("Seat 2", "Shared (no seat)");

        split.payShare(0);
        pay(asked.get(1), 0);
        split.open(store.orders().find(sent.id()).orElseThrow());
        split.payShare(0);
        MergedOrder settled = pay(asked.get(2), 1000);
        assertThat(settled.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(settled.balance().minor()).isZero();
        assertThat(settled.payments()).hasSize(3);
        assertThat(store.floor().plan()).filteredOn(t -> t.table().id().equals(T4)).singleElement()
                .satisfies(t -> assertThat(t.openCheck()).isNull());
    }

    @Test
    void evenly_keeps_counting_the_shares_already_paid() {
        MergedOrder sent = sendSeatedOrder();
        split.open(sent);
        split.evenly(3);
        assertThat(view.shares).extracting(SplitView.ShareRow::label)
                .containsExactly("Share 1 of 3", "Share 2 of 3", "Share 3 of 3");
        long total = sent.total().minor();
        assertThat(split.shares()).extracting(s -> s.amount().minor())
                .containsExactly(total / 3 + (total % 3 > 0 ? 1 : 0), total / 3 + (total % 3 > 1 ? 1 : 0),
                        total / 3);
        split.payShare(0);
        split.open(pay(asked.get(0), 0));
        assertThat(view.mode).isEqualTo(SplitView.Mode.EVEN);
        assertThat(view.shares).extracting(SplitView.ShareRow::label).containsExactly("Share 2 of 3", "Share 3 of 3");
        assertThat(split.shares().stream().mapToLong(s -> s.amount().minor()).sum())
                .isEqualTo(total - asked.get(0).amount().minor());
    }

    @Test
    void by_items_pays_what_was_chosen_and_a_paid_line_cannot_be_chosen_again() {
        MergedOrder sent = sendSeatedOrder();
        split.open(sent);
        split.byItems();
        assertThat(view.shares).isEmpty();
        assertThat(view.items).hasSize(4);
        split.toggle(line(sent, "Hummus").line().id());
        split.toggle(line(sent, "Lemonade with Mint").line().id());
        assertThat(view.shares).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("Chosen items (2)"));
        assertThat(split.shares().get(0).amount()).isEqualTo(line(sent, "Hummus").total()
                .plus(line(sent, "Lemonade with Mint").total()));
        split.payShare(0);
        MergedOrder after = pay(asked.get(0), 0);
        split.open(after);
        assertThat(view.items).extracting(SplitView.ItemRow::text).doesNotContain("1 \u00d7 Hummus");
        split.toggle(line(sent, "Hummus").line().id());
        assertThat(view.shares).as("a paid line is not offered again").isEmpty();
        // the store refuses a share for a line already paid, and writes nothing
        long pending = store.pendingCount();
        assertThatThrownBy(() -> pay(asked.get(0), 0)).hasMessageContaining("already paid");
        assertThat(store.pendingCount()).isEqualTo(pending);
        split.back();
        assertThat(backs).isEqualTo(1);
    }

    static final class FakeSplitView implements SplitView {
        Summary summary;
        Mode mode;
        int ways;
        List<ItemRow> items = List.of();
        List<ShareRow> shares = List.of();
        String message;

        @Override
        public void showSummary(Summary s) {
            summary = s;
        }

        @Override
        public void showMode(Mode m, int w, boolean seats) {
            mode = m;
            ways = w;
        }

        @Override
        public void showItems(List<ItemRow> rows) {
            items = rows;
        }

        @Override
        public void showShares(List<ShareRow> rows) {
            shares = rows;
        }

        @Override
        public void showMessage(String text, boolean error) {
            message = text;
        }
    }
}
