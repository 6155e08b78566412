package cedarpos.terminal.ui.order;

import cedarpos.terminal.printing.Ticket;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH_BALLS;
import static cedarpos.terminal.testing.LebaneseCatalog.MIXED_GRILL;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.Money;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.ServerStock;
import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.order.MenuTile.Stock;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderPresenterTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeOrderView view = new FakeOrderView();
    OrderPresenter presenter;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.catalog().withPrinting(LebaneseCatalog.KITCHEN));
        presenter = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                view, Threads.direct(), Ui.messages(Locale.ENGLISH));
        presenter.setStaff(LebaneseCatalog.KARIM);
        presenter.reloadCatalog();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void showsCategoriesInMenuOrderWithTheFirstSelected() {
        assertThat(view.categories).containsExactly("Mezze", "Grills", "Manakish", "Desserts", "Drinks");
        assertThat(view.selectedCategory).isEqualTo("Mezze");
        assertThat(view.items).extracting(t -> t.item().nameEn())
                .containsExactly("Hummus", "Tabbouleh", "Fattoush", "Moutabal", "Fried Kibbeh");
        assertThat(view.items).as("nothing is tracked: the buttons look as they always did")
                .allSatisfy(t -> {
                    assertThat(t.stock()).isEqualTo(Stock.PLENTY);
                    assertThat(t.caption()).isNull();
                    assertThat(t.enabled()).isTrue();
                });
        assertThat(view.tables).hasSize(6);
        assertThat(view.sendEnabled).isFalse();

        presenter.selectCategory("Drinks");
        assertThat(view.items).extracting(t -> t.item().nameEn()).contains("Ayran", "Turkish Coffee");
    }

    @Test
    void inArabicTheTabsAndTablesShowTheArabicNamesWhileTheKeysStay() {
        store.syncLog().applyCatalog(LebaneseCatalog.catalog(2).withPrinting(LebaneseCatalog.KITCHEN)
                .withNames(new ArabicNames(Map.of("Mezze", "مازة", "Grills", "مشاوي"), Map.of("Main hall", "الصالة"))));
        FakeOrderView arabic = new FakeOrderView();
        OrderPresenter inArabic = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                arabic, Threads.direct(), Ui.messages(Locale.forLanguageTag("ar")));
        inArabic.reloadCatalog();
        assertThat(arabic.categories).containsExactly("Mezze", "Grills", "Manakish", "Desserts", "Drinks");
        assertThat(arabic.categoryNames).as("a category without an Arabic name shows itself")
                .containsExactly("مازة", "مشاوي", "Manakish", "Desserts", "Drinks");
        assertThat(arabic.tableAreas).containsExactly("الصالة", "الصالة", "الصالة", "الصالة", "الصالة", "Terrace");
        assertThat(arabic.tables.get(0).area()).isEqualTo("Main hall");
        inArabic.selectCategory("Grills");
        assertThat(arabic.selectedCategory).isEqualTo("Grills");
        assertThat(arabic.items).extracting(t -> t.item().nameEn()).contains("Shish Taouk");

        presenter.reloadCatalog();
        assertThat(view.categoryNames).as("in English, as typed").containsExactly("Mezze", "Grills", "Manakish",
                "Desserts", "Drinks");
        assertThat(view.tableAreas).contains("Main hall", "Terrace");
    }

    @Test
    void tappingTwiceIncrementsAndTotalsFollow() {
        presenter.addItem(HUMMUS);
        presenter.addItem(HUMMUS);
        presenter.addItem(SHISH_TAOUK);
        assertThat(view.lines).extracting(DraftLine::quantity).containsExactly(2, 1);
        assertThat(view.total).isEqualTo(Money.of(2 * 550 + 1400, cedarpos.domain.Currency.USD));
        assertThat(view.sendEnabled).isTrue();
        presenter.removeOne(HUMMUS);
        presenter.removeOne(SHISH_TAOUK);
        assertThat(view.lines).extracting(DraftLine::quantity).containsExactly(1);
        presenter.clear();
        assertThat(view.lines).isEmpty();
        assertThat(view.total).isNull();
        assertThat(view.sendEnabled).isFalse();
    }

    @Test
    void sendPlacesTheOrderForTheChosenTableSendsItToTheKitchenAndKeepsItOnScreen() {
        presenter.addItem(HUMMUS);
        presenter.addItem(HUMMUS);
        presenter.selectTable(T2);
        presenter.send();
        List<MergedOrder> orders = store.orders().all();
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).tableId()).isEqualTo(T2);
        assertThat(orders.get(0).lines().get(0).line().quantity()).isEqualTo(2);
        assertThat(orders.get(0).lines().get(0).sent()).isTrue();
        assertThat(store.pendingCount()).as("the order, then its ticket").isEqualTo(2);
        assertThat(view.lines).isEmpty();
        assertThat(view.placed).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Hummus");
            assertThat(l.sent()).isTrue();
            assertThat(l.voided()).isFalse();
            assertThat(l.flagged()).isFalse();
            assertThat(l.canVoid()).isTrue();
        });
        assertThat(view.conflictBanner).isNull();
        assertThat(view.total).isEqualTo(Money.of(1100, cedarpos.domain.Currency.USD));
        assertThat(view.notice).isEqualTo("Order sent: 2 items, $11.00");
        assertThat(view.noticeIsError).isFalse();
        assertThat(view.sendEnabled).isFalse();
        assertThat(view.clearStartsNew).isTrue();

        // more dishes go onto the same check
        presenter.addItem(SHISH_TAOUK);
        assertThat(view.total).isEqualTo(Money.of(2500, cedarpos.domain.Currency.USD));
        presenter.send();
        assertThat(store.orders().all()).singleElement().satisfies(o -> assertThat(o.lines()).hasSize(2)
                .allMatch(l -> l.sent()));
        assertThat(view.notice).isEqualTo("Order sent: 1 items, $25.00");

        // with nothing drafted, clear puts the check away
        presenter.clear();
        assertThat(view.placed).isEmpty();
        assertThat(view.total).isNull();
        assertThat(view.clearEnabled).isFalse();
    }

    @Test
    void voidingALineAsksWhyAndShowsItStruckWithItsReasonAndTheReviewFlag() {
        presenter.addItem(HUMMUS);
        presenter.addItem(SHISH_TAOUK);
        presenter.send();
        PlacedLine hummus = view.placed.get(0);

        view.voidReason = null; // the cashier cancels the prompt: nothing happens
        presenter.voidLine(hummus.id());
        assertThat(view.askedToVoid).isEqualTo("Hummus");
        assertThat(store.pendingCount()).isEqualTo(2);

        // the kitchen has it: a manager voids it (signed in, she approves it herself, audited)
        presenter.setStaff(LebaneseCatalog.RANA);
        view.voidReason = "  guest changed mind ";
        presenter.voidLine(hummus.id());
        assertThat(store.pendingCount()).isEqualTo(4);
        PlacedLine voided = view.placed.get(0);
        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidText()).isEqualTo("Void: guest changed mind (Rana Haddad)");
        assertThat(voided.canVoid()).isFalse();
        assertThat(voided.conflictText()).isEqualTo("Needs manager review: voided after it went to the kitchen");
        assertThat(view.conflictBanner).isEqualTo("Needs manager review: 1 open conflict");
        assertThat(view.total).isEqualTo(Money.of(1400, cedarpos.domain.Currency.USD));
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.VOID)).hasSize(1);
    }

    @Test
    void aRefusedVoidSaysWhyAndChangesNothing() {
        presenter.addItem(HUMMUS);
        presenter.send();
        PlacedLine hummus = view.placed.get(0);
        store.payments().settle(presenter.current().id());
        presenter.setStaff(LebaneseCatalog.RANA);
        view.voidReason = "cold";
        presenter.voidLine(hummus.id());
        assertThat(view.noticeIsError).isTrue();
        assertThat(view.notice).isEqualTo("The line was not voided: order is settled; a manager must reopen it");
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.VOID)).isEmpty();
    }

    @Test
    void changesFromAnotherTerminalShowOnTheOrderOnScreen() {
        presenter.addItem(HUMMUS);
        presenter.send();
        MergedOrder shown = presenter.current();
        store.orders().voidLine(shown.id(), shown.lines().get(0).line().id(), "burnt", "Rima");
        presenter.refresh();
        assertThat(view.placed.get(0).voided()).isTrue();

        presenter.selectTable(T2); // another table: another check
        assertThat(view.placed).isEmpty();
        presenter.showOrder(shown.id());
        assertThat(view.placed).hasSize(1);
    }

    @Test
    void aFailedSaveKeepsTheDraftAndSaysWhy() {
        presenter.addItem(HUMMUS);
        store.close(); // the database is gone: the write must fail and the cashier keep the order
        presenter.send();
        assertThat(view.lines).hasSize(1);
        assertThat(view.noticeIsError).isTrue();
        assertThat(view.notice).startsWith("The order was not saved");
        assertThat(view.sendEnabled).isTrue();
        store = TerminalStore.open(dir);
    }

    @Test
    void theNoMenuHintGoesAwayWhenTheFirstCatalogArrives() {
        var c = LebaneseCatalog.catalog(2);
        store.syncLog().applyCatalog(new cedarpos.protocol.v1.Catalog(2, c.branchName(), c.currency(), c.tables(),
                List.of()));
        presenter.reloadCatalog();
        assertThat(view.notice).startsWith("No menu yet");

        store.syncLog().applyCatalog(LebaneseCatalog.catalog(3));
        presenter.reloadCatalog();
        assertThat(view.notice).isEmpty();
        assertThat(view.items).isNotEmpty();
    }

    @Test
    void aNewCatalogDropsDishesNoLongerOnTheMenu() {
        presenter.addItem(HUMMUS);
        presenter.addItem(SHISH_TAOUK);
        var c = LebaneseCatalog.catalog(2);
        store.syncLog().applyCatalog(new cedarpos.protocol.v1.Catalog(2, c.branchName(), c.currency(), c.tables(),
                c.menu().stream().filter(m -> !m.id().equals(HUMMUS)).toList()));
        presenter.reloadCatalog();
        assertThat(view.lines).extracting(l -> l.item().id()).containsExactly(SHISH_TAOUK);
    }

    /** The catalog with Fried Kibbeh (6 balls a portion, {@code kibbehBalls} in stock) and Mixed Grill tracked. */
    private ServerStock tracked(long kibbehBalls) {
        store.syncLog().applyCatalog(LebaneseCatalog.withStock(kibbehBalls, 3));
        presenter.reloadCatalog();
        return new ServerStock(store);
    }

    @Test
    void onlineADishTheServerSaysIsSoldOutIsDisabledAndAddsNothingEvenWithNoOrderOnScreen() {
        ServerStock server = tracked(12);
        presenter.setOnline(true);
        assertThat(view.tile(KIBBEH)).extracting(MenuTile::stock, MenuTile::caption, MenuTile::enabled)
                .containsExactly(Stock.FEW_LEFT, "2 left", true);

        // another terminal's order took the last balls: the balance arrives, nothing is on screen here
        server.balance(KIBBEH_BALLS, 12, 12, 4);
        assertThat(presenter.current()).isNull();
        presenter.refresh();
        assertThat(view.tile(KIBBEH)).extracting(MenuTile::stock, MenuTile::caption, MenuTile::enabled)
                .containsExactly(Stock.SOLD_OUT, "Sold out", false);
        assertThat(view.tile(HUMMUS).enabled()).isTrue();

        presenter.addItem(KIBBEH); // the button is disabled; should a tap get through, it adds nothing
        assertThat(view.lines).isEmpty();
        assertThat(view.notice).isEqualTo("Fried Kibbeh is sold out: nothing was added.");
        assertThat(view.noticeIsError).isTrue();

        // a delivery: back on the menu
        server.balance(KIBBEH_BALLS, 60, 12, 5);
        presenter.refresh();
        assertThat(view.tile(KIBBEH)).extracting(MenuTile::stock, MenuTile::caption, MenuTile::enabled)
                .containsExactly(Stock.PLENTY, null, true);
    }

    @Test
    void offlineNothingIsBlockedADishThatMayBeSoldOutIsAddedWithAWarning() {
        ServerStock server = tracked(12);
        server.balance(KIBBEH_BALLS, 12, 12, 4); // sold out when last heard
        presenter.refresh();
        assertThat(view.tile(KIBBEH)).extracting(MenuTile::stock, MenuTile::caption, MenuTile::enabled)
                .containsExactly(Stock.MAYBE_OUT, "May be sold out", true);

        presenter.addItem(KIBBEH);
        assertThat(view.lines).extracting(l -> l.item().id(), DraftLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KIBBEH, 1));
        assertThat(view.notice).isEqualTo("Stock may be out of date: Fried Kibbeh may be sold out."
                + " The kitchen will be told if it is.");
        assertThat(view.noticeIsError).isFalse();
        assertThat(view.noticeIsWarning).isTrue();
        assertThat(view.sendEnabled).isTrue();

        presenter.setOnline(true);
        assertThat(view.tile(KIBBEH).enabled()).as("online, the server's word stands").isFalse();
        presenter.setOnline(false);
        assertThat(view.tile(KIBBEH).enabled()).isTrue();
    }

    @Test
    void ordersTakenHereCountAgainstTheLastBalanceHeard() {
        tracked(12);
        presenter.selectCategory("Grills");
        assertThat(view.tile(MIXED_GRILL)).extracting(MenuTile::caption, MenuTile::left)
                .as("10 kofta, 10 tawook: a mixed grill takes 1 and 2").containsExactly("5 left", 5L);
        presenter.addItem(KIBBEH);
        presenter.addItem(KIBBEH);
        presenter.addItem(MIXED_GRILL);
        assertThat(view.notice).as("a draft claims nothing yet").isNull();
        presenter.send();
        // the send brought the new estimate back: 2 kibbeh and 1 grill wait for the server
        assertThat(view.tile(MIXED_GRILL)).extracting(MenuTile::caption, MenuTile::left)
                .containsExactly("4 left", 4L);
        presenter.selectCategory("Mezze");
        assertThat(view.tile(KIBBEH)).extracting(MenuTile::stock, MenuTile::caption, MenuTile::enabled)
                .containsExactly(Stock.MAYBE_OUT, "May be sold out", true);

        presenter.setOnline(true);
        assertThat(view.tile(KIBBEH)).as("online, claims not decided yet still only warn")
                .extracting(MenuTile::stock, MenuTile::enabled).containsExactly(Stock.MAYBE_OUT, true);
        presenter.addItem(KIBBEH);
        assertThat(view.noticeIsWarning).isTrue();
        assertThat(view.lines).hasSize(1);
    }

    @Test
    void aPlentifulTrackedDishShowsNoCount() {
        tracked(60); // 10 portions
        assertThat(view.tile(KIBBEH)).extracting(MenuTile::stock, MenuTile::caption)
                .containsExactly(Stock.PLENTY, null);
        assertThat(view.tile(HUMMUS).left()).as("not tracked").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void linesShowTheirClaimWaitingThenRefusedAndTheKitchenMustNotPrepareIt() {
        ServerStock server = tracked(12);
        presenter.addItem(KIBBEH);
        presenter.addItem(KIBBEH);
        presenter.addItem(MIXED_GRILL);
        presenter.addItem(HUMMUS);
        presenter.send();
        MergedOrder order = presenter.current();
        assertThat(view.placed("Fried Kibbeh")).extracting(PlacedLine::stockText, PlacedLine::stockDenied)
                .containsExactly("Stock: waiting for confirmation", false);
        assertThat(view.placed("Hummus").stockText()).as("not tracked").isNull();

        server.deny(order, KIBBEH);
        server.decide(order, MIXED_GRILL, store.terminalId(), 1, 1, 1);
        presenter.refresh();
        PlacedLine kibbeh = view.placed("Fried Kibbeh");
        assertThat(kibbeh.stockText()).isEqualTo("Sold out: do not prepare 2");
        assertThat(kibbeh.stockDenied()).isTrue();
        assertThat(kibbeh.needsAttention()).isTrue();
        assertThat(kibbeh.flagged()).as("not a manager's review").isFalse();
        assertThat(view.placed("Mixed Grill")).as("confirmed: nothing to say")
                .extracting(PlacedLine::stockText, PlacedLine::needsAttention).containsExactly(null, false);

        // the same order opened again brings its claims with it
        presenter.clear();
        assertThat(view.placed).isEmpty();
        presenter.showOrder(order.id());
        assertThat(view.placed("Fried Kibbeh").stockText()).isEqualTo("Sold out: do not prepare 2");

        // voided (by the manager: the kitchen had it), the refusal no longer matters: the claim is released
        presenter.setStaff(LebaneseCatalog.RANA);
        view.voidReason = "sold out";
        presenter.voidLine(kibbeh.id());
        assertThat(view.placed("Fried Kibbeh")).extracting(PlacedLine::voided, PlacedLine::stockText,
                PlacedLine::stockDenied).containsExactly(true, null, false);
    }

    @Test
    void arabicSaysItInArabic() {
        presenter = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                view, Threads.direct(), Ui.messages(Locale.forLanguageTag("ar")));
        presenter.setStaff(LebaneseCatalog.KARIM);
        ServerStock server = tracked(12);
        server.balance(KIBBEH_BALLS, 12, 12, 4);
        presenter.refresh();
        assertThat(view.tile(KIBBEH).caption()).isEqualTo("قد تكون نفدت");
        presenter.selectCategory("Grills");
        assertThat(view.tile(MIXED_GRILL).caption()).isEqualTo("بقي 5");
        presenter.addItem(KIBBEH);
        assertThat(view.notice).contains("كبة مقلية");
        presenter.send();
        assertThat(view.placed.get(0).stockText()).isEqualTo("المخزون: بانتظار التأكيد");
    }
}
