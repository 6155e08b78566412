package cedarpos.terminal.ui.alerts;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.MIXED_GRILL;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.ServerStock;
import cedarpos.terminal.ui.kit.Ui;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockAlertsPresenterTest {
    @TempDir
    Path dir;
    TerminalStore store;
    ServerStock server;
    FakeView view = new FakeView();
    StockAlertsPresenter presenter;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.withStock(12, 3));
        server = new ServerStock(store);
        presenter = presenter(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private StockAlertsPresenter presenter(Locale locale) {
        ResourceBundle messages = Ui.messages(locale);
        return new StockAlertsPresenter(store.stock(), view, Threads.direct(), messages);
    }

    private MergedOrder denied(TableId table, MenuItemId dish, int quantity) {
        MergedOrder o = store.orders().place(table, List.of(new NewLine(dish, quantity), new NewLine(HUMMUS, 1)));
        server.deny(o, dish);
        return o;
    }

    @Test
    void nothingToTellHidesTheBar() {
        presenter.reload();
        assertThat(view.calls).isEqualTo(1);
        assertThat(view.rows).isEmpty();
        assertThat(view.more).isNull();
    }

    @Test
    void aDenialOfALineTakenHereIsShownUntilAcknowledgedAndASecondAcknowledgeIsHarmless() {
        denied(T1, KIBBEH, 2);
        presenter.reload();
        assertThat(view.rows).singleElement().satisfies(r -> {
            assertThat(r.dish()).isEqualTo("Fried Kibbeh");
            assertThat(r.text()).isEqualTo("Sold out: 2 \u00d7 Fried Kibbeh for table T1."
                    + " The kitchen was told not to prepare it.");
        });
        long id = view.rows.get(0).id();
        presenter.reload(); // more changes pulled: it stays
        assertThat(view.rows).hasSize(1);

        presenter.acknowledge(id);
        assertThat(view.rows).isEmpty();
        assertThat(store.stock().alerts()).isEmpty();

        int calls = view.calls;
        presenter.acknowledge(id); // a double tap
        assertThat(view.rows).isEmpty();
        assertThat(view.calls).as("nothing to do").isEqualTo(calls);
        presenter.reload();
        assertThat(view.rows).isEmpty();
    }

    @Test
    void anAlertAcknowledgedBeforeTheTapGetsThroughChangesNothing() {
        denied(T1, KIBBEH, 1);
        presenter.reload();
        long id = view.rows.get(0).id();
        assertThat(store.stock().acknowledge(id)).isTrue(); // e.g. a second window of the same terminal
        presenter.acknowledge(id);
        assertThat(view.rows).isEmpty();
    }

    @Test
    void anotherTerminalsDenialIsNotThisWaitersAlert() {
        MergedOrder o = store.orders().place(T1, List.of(new NewLine(KIBBEH, 1)));
        server.decide(o, KIBBEH, TerminalId.random(), 1, 0, 1);
        presenter.reload();
        assertThat(view.rows).isEmpty();
    }

    @Test
    void aCounterOrderSaysSoAndOnlyTheOldestFewAreShownAtOnce() {
        denied(null, KIBBEH, 1);
        denied(T1, MIXED_GRILL, 2);
        denied(T1, KIBBEH, 3);
        denied(T1, MIXED_GRILL, 1);
        denied(T1, KIBBEH, 2);
        presenter.reload();
        assertThat(view.rows).hasSize(StockAlertsPresenter.SHOWN);
        assertThat(view.rows.get(0).text()).isEqualTo("Sold out: 1 \u00d7 Fried Kibbeh for the counter."
                + " The kitchen was told not to prepare it.");
        assertThat(view.rows.get(1).text()).startsWith("Sold out: 2 \u00d7 Mixed Grill for table T1.");
        assertThat(view.more).isEqualTo("\u2026 and 2 more waiting behind these");

        presenter.acknowledge(view.rows.get(0).id());
        assertThat(view.rows).hasSize(3);
        assertThat(view.rows.get(0).text()).startsWith("Sold out: 2 \u00d7 Mixed Grill");
        assertThat(view.more).isEqualTo("\u2026 and 1 more waiting behind these");
        presenter.acknowledge(view.rows.get(0).id());
        assertThat(view.more).isNull();
    }

    @Test
    void arabicSaysItInArabic() {
        presenter = presenter(Locale.forLanguageTag("ar"));
        denied(T1, KIBBEH, 2);
        denied(null, KIBBEH, 1);
        presenter.reload();
        assertThat(view.rows).extracting(StockAlertsView.Row::text).containsExactly(
                "نفدت الكمية: 2 \u00d7 Fried Kibbeh للطاولة T1. أُبلغ المطبخ بعدم تحضيره.",
                "نفدت الكمية: 1 \u00d7 Fried Kibbeh للكاونتر. أُبلغ المطبخ بعدم تحضيره.");
    }

    static final class FakeView implements StockAlertsView {
        List<Row> rows = new ArrayList<>();
        String more;
        int calls;

        @Override
        public void showAlerts(List<Row> r, String m) {
            rows = r;
            more = m;
            calls++;
        }
    }
}
