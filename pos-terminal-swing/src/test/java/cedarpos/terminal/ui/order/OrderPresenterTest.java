package cedarpos.terminal.ui.order;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.Money;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.TableId;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.Ui;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderPresenterTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeView view = new FakeView();
    OrderPresenter presenter;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.catalog());
        presenter = new OrderPresenter(store, view, Threads.direct(), Ui.messages(Locale.ENGLISH));
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
        assertThat(view.items).extracting(MenuItem::nameEn)
                .containsExactly("Hummus", "Tabbouleh", "Fattoush", "Moutabal", "Fried Kibbeh");
        assertThat(view.tables).hasSize(5);
        assertThat(view.sendEnabled).isFalse();

        presenter.selectCategory("Drinks");
        assertThat(view.items).extracting(MenuItem::nameEn).contains("Ayran", "Turkish Coffee");
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
    void sendPlacesTheOrderForTheChosenTableAndClearsTheDraft() {
        presenter.addItem(HUMMUS);
        presenter.addItem(HUMMUS);
        presenter.selectTable(T2);
        presenter.send();
        List<OrderSnapshot> orders = store.orders();
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).tableId()).isEqualTo(T2);
        assertThat(orders.get(0).lines().get(0).quantity()).isEqualTo(2);
        assertThat(store.pendingCount()).isEqualTo(1);
        assertThat(view.lines).isEmpty();
        assertThat(view.notice).isEqualTo("Order sent: 2 items, $11.00");
        assertThat(view.noticeIsError).isFalse();
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

    static final class FakeView implements OrderView {
        List<String> categories = new ArrayList<>();
        String selectedCategory;
        List<MenuItem> items = List.of();
        List<DiningTable> tables = List.of();
        TableId selectedTable;
        List<DraftLine> lines = List.of();
        Money total;
        boolean sendEnabled;
        String notice;
        boolean noticeIsError;

        @Override
        public void showCategories(List<String> c, String selected) {
            categories = c;
            selectedCategory = selected;
        }

        @Override
        public void showItems(List<MenuItem> i) {
            items = i;
        }

        @Override
        public void showTables(List<DiningTable> t, TableId selected) {
            tables = t;
            selectedTable = selected;
        }

        @Override
        public void showDraft(List<DraftLine> l, Money t) {
            lines = l;
            total = t;
        }

        @Override
        public void setSendEnabled(boolean enabled) {
            sendEnabled = enabled;
        }

        @Override
        public void showNotice(String text, boolean error) {
            notice = text;
            noticeIsError = error;
        }
    }
}
