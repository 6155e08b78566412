package cedarpos.terminal.ui.order;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.DiningTable;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note for the kitchen on a draft line, and a check moved to another table, on a real store. */
class NotesAndMovesTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeOrderView view = new FakeOrderView();
    OrderPresenter presenter;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                view, Threads.direct(), Ui.messages(Locale.ENGLISH));
        presenter.reloadCatalog();
        presenter.setStaff(LebaneseCatalog.KARIM);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void a_note_goes_with_its_line_to_the_kitchen_and_two_different_notes_make_two_lines() {
        presenter.openTable(T4);
        presenter.addItem(HUMMUS);
        presenter.addItem(HUMMUS);
        view.noteAnswer = "no garlic";
        presenter.noteLine(view.lines.get(0).key());
        assertThat(view.askedNoteFor).isEqualTo("Hummus");
        assertThat(view.lines).extracting(DraftLine::quantity, DraftLine::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "no garlic"));
        presenter.addItem(HUMMUS);
        assertThat(view.lines).extracting(DraftLine::quantity, DraftLine::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "no garlic"), org.assertj.core.groups.Tuple.tuple(1, null));
        // clearing the note joins the plain line: the same dish, the same choices
        view.noteAnswer = "  ";
        presenter.noteLine(view.lines.get(0).key());
        assertThat(view.lines).extracting(DraftLine::quantity, DraftLine::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, null));
        view.noteAnswer = "extra lemon";
        presenter.noteLine(view.lines.get(0).key());
        view.noteAnswer = "x".repeat(201);
        presenter.noteLine(view.lines.get(0).key());
        assertThat(view.notice).isEqualTo("A note is at most 200 characters");
        presenter.send();
        assertThat(presenter.current().lines()).singleElement().satisfies(l -> {
            assertThat(l.note()).isEqualTo("extra lemon");
            assertThat(l.line().quantity()).isEqualTo(3);
        });
    }

    @Test
    void a_check_joins_another_tables_check_when_the_guests_sit_together() {
        MergedOrder other = store.orders().open(T1, 2, List.of(new NewLine(HUMMUS, 1)), "Maya Khoury");
        store.orders().sendToKitchen(other.id());
        presenter.openTable(T4);
        presenter.addItem(HUMMUS);
        presenter.addItem(HUMMUS);
        presenter.send();
        MergedOrder mine = presenter.current();
        view.moveAnswer = T1;
        presenter.move();
        assertThat(view.offeredJoins).extracting(DiningTable::label).containsExactly("T1");
        assertThat(store.orders().find(mine.id()).orElseThrow().status()).isEqualTo(
                cedarpos.domain.OrderStatus.CANCELLED);
        assertThat(presenter.current().id()).isEqualTo(other.id());
        assertThat(presenter.current().lines()).extracting(l -> l.line().quantity()).containsExactly(1, 2);
        assertThat(view.selectedTable).isEqualTo(T1);
        assertThat(view.notice).isEqualTo("Joined T1's check: it is now $16.50");
    }

    @Test
    void a_check_moves_to_a_free_table_and_may_join_one_with_a_check() {
        MergedOrder other = store.orders().open(T1, 2, List.of(new NewLine(HUMMUS, 1)), "Maya Khoury");
        presenter.openTable(T4);
        assertThat(view.movable).as("nothing saved yet").isFalse();
        presenter.addItem(HUMMUS);
        presenter.send();
        assertThat(view.movable).isTrue();
        view.moveAnswer = T2;
        presenter.move();
        assertThat(view.offeredTables).extracting(DiningTable::label).doesNotContain("T1", "T4").contains("T2");
        assertThat(view.offeredJoins).extracting(DiningTable::label).containsExactly("T1");
        assertThat(store.orders().find(presenter.current().id()).orElseThrow().tableId()).isEqualTo(T2);
        assertThat(view.selectedTable).isEqualTo(T2);
        assertThat(view.notice).isEqualTo("Check moved to T2");
        assertThat(store.orders().find(other.id()).orElseThrow().tableId()).isEqualTo(T1);

        long before = StoreFixture.count(store, "SELECT COUNT(*) FROM outbox");
        view.moveAnswer = null;
        presenter.move();
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM outbox")).as("cancelled: nothing written")
                .isEqualTo(before);
    }
}
