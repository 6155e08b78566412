package cedarpos.terminal.ui.floor;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.TableState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorPresenterTest {
    static final long NOW = 1_764_000_000_000L;

    @TempDir
    Path dir;
    TerminalStore store;
    Map<String, List<TableTile>> shown;
    List<FloorArea> areas;
    String summary;
    List<TableId> opened = new ArrayList<>();
    FloorPresenter presenter;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir, Clock.fixed(Instant.ofEpochMilli(NOW - 25 * 60_000), ZoneOffset.UTC));
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = presenter(Locale.ENGLISH);
    }

    FloorPresenter presenter(Locale locale) {
        FloorView view = new FloorView() {
            @Override
            public void showFloor(List<FloorArea> shownAreas) {
                areas = shownAreas;
                shown = new java.util.LinkedHashMap<>();
                shownAreas.forEach(a -> shown.put(a.key(), a.tables()));
            }

            @Override
            public void showSummary(String text) {
                summary = text;
            }
        };
        return new FloorPresenter(store.floor(), store.cashier()::names, view, Threads.direct(),
                Ui.messages(locale), Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC), opened::add);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    TableTile tile(String label) {
        return shown.values().stream().flatMap(List::stream).filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow();
    }

    @Test
    void tables_by_area_with_status_server_age_and_total() {
        MergedOrder o = store.orders().open(T4, 2, List.of(new NewLine(HUMMUS, 2)), "Maya Khoury");
        store.floor().setStatus(T2, TableStatus.RESERVED);
        presenter.reload();
        assertThat(shown.keySet()).containsExactly("Main hall", "Terrace");
        assertThat(shown.get("Main hall")).extracting(TableTile::label).containsExactly("T1", "T2", "T3", "T4", "T10");
        assertThat(tile("T4").status()).isEqualTo(TableStatus.OCCUPIED);
        assertThat(tile("T4").detail()).isEqualTo("Maya \u00b7 25 min \u00b7 $11.00");
        assertThat(tile("T2").statusText()).isEqualTo("Reserved");
        assertThat(tile("T1").status()).isEqualTo(TableStatus.AVAILABLE);
        assertThat(tile("T1").detail()).isEqualTo("4 seats");
        assertThat(summary).isEqualTo("1 of 6 tables occupied");

        store.payments().settle(o.id());
        presenter.reload();
        assertThat(tile("T4").status()).as("paid: the table is free again").isEqualTo(TableStatus.AVAILABLE);
        assertThat(summary).isEqualTo("0 of 6 tables occupied");

        presenter.tapTable(T4);
        presenter.counterOrder();
        assertThat(opened).containsExactly(T4, null);
    }

    @Test
    void in_arabic_an_area_shows_its_arabic_name_and_one_without_shows_itself() {
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(3).withNames(new ArabicNames(Map.of(),
                Map.of("Main hall", "الصالة الرئيسية"))));
        FloorPresenter arabic = presenter(Locale.forLanguageTag("ar"));
        arabic.reload();
        assertThat(areas).extracting(FloorArea::key).containsExactly("Main hall", "Terrace");
        assertThat(areas).extracting(FloorArea::name).containsExactly("الصالة الرئيسية", "Terrace");

        presenter.reload();
        assertThat(areas).extracting(FloorArea::name).as("in English, as typed").containsExactly("Main hall",
                "Terrace");

        // a new name in the next catalog: the plan shows it at the next reload
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(4).withNames(new ArabicNames(Map.of(),
                Map.of("Main hall", "الصالة الرئيسية", "Terrace", "التراس"))));
        arabic.reload();
        assertThat(areas).extracting(FloorArea::name).containsExactly("الصالة الرئيسية", "التراس");
    }

    @Test
    void a_table_another_terminal_changed_shows_its_new_status() {
        presenter.reload();
        assertThat(tile("T1").status()).isEqualTo(TableStatus.AVAILABLE);
        TerminalId bar = TerminalId.random();
        TableState cleaning = TableState.of(T1, TableStatus.CLEANING, new Stamp(NOW, bar.value(), 3));
        store.syncLog().applyChanges(new Changes(1, List.of(new ChangeRecord(1, "table", T1.toString(), bar, NOW,
                TableStateJson.encode(cleaning)))));
        presenter.reload();
        assertThat(tile("T1").statusText()).isEqualTo("Needs cleaning");
    }
}
