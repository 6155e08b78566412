package cedarpos.terminal.ui.printers;

import static cedarpos.terminal.testing.LebaneseCatalog.ALMAZA;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.printing.Printer;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.printing.OrderNumber;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.printing.PrinterHealth;
import cedarpos.terminal.printing.PrinterStatus;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.kit.ManagerGate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintersPresenterTest {
    static final long NOW = Instant.parse("2026-11-20T18:30:00Z").toEpochMilli();

    @TempDir
    Path dir;
    TerminalStore store;
    final FakeView view = new FakeView();
    PrintersPresenter presenter;
    String trouble = "unset";

    static final class FakeView implements PrintersView {
        List<PrinterRow> printers;
        String empty;
        List<JobRow> jobs;
        String notice;
        boolean error;
        String asked;
        String pin;

        @Override
        public void showPrinters(List<PrinterRow> rows, String emptyText) {
            printers = rows;
            empty = emptyText;
        }

        @Override
        public void showJobs(List<JobRow> rows) {
            jobs = rows;
        }

        @Override
        public void showNotice(String text, boolean isError) {
            notice = text;
            error = isError;
        }

        @Override
        public char[] askManagerPin(String what) {
            asked = what;
            return pin == null ? null : pin.toCharArray();
        }
    }

    @BeforeEach
    void open() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2).withPrinting(LebaneseCatalog.KITCHEN));
        var messages = Ui.messages(Locale.ENGLISH);
        presenter = new PrintersPresenter(store.printJobs(), new ManagerGate(store.cashier(), view::askManagerPin,
                messages), view, text -> trouble = text, Threads.direct(), messages,
                Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static PrinterHealth health(String code, PrinterStatus status, boolean failing, String takenOverBy) {
        Printer p = LebaneseCatalog.KITCHEN.printer(code).orElseThrow();
        return new PrinterHealth(p, status, NOW - 60_000, p.name() + ": " + status.message(),
                failing ? OptionalLong.of(NOW - 60_000) : OptionalLong.empty(), takenOverBy);
    }

    @Test
    void eachPrinterShowsItsStateSinceWhenAndTheStatusBarNamesTheOneInTrouble() {
        presenter.printersChanged(List.of(health("grill", PrinterStatus.READY, false, null),
                health("bar", PrinterStatus.PAPER_OUT, true, null)));
        assertThat(view.printers).extracting(PrintersView.PrinterRow::name, PrintersView.PrinterRow::status,
                PrintersView.PrinterRow::detail, PrintersView.PrinterRow::trouble).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Grill printer", "Ready", "since 18:29:00", false),
                org.assertj.core.groups.Tuple.tuple("Bar printer", "Out of paper", "since 18:29:00", true));
        assertThat(trouble).isEqualTo("Bar printer: Out of paper");

        presenter.printersChanged(List.of(health("grill", PrinterStatus.UNREACHABLE, true, "Cold kitchen printer"),
                health("bar", PrinterStatus.COVER_OPEN, true, null)));
        assertThat(view.printers.get(0).detail()).isEqualTo("since 18:29:00 \u00b7 Cold kitchen printer prints its"
                + " tickets");
        assertThat(trouble).isEqualTo("Grill printer: Cannot be reached (and 1 more)");

        presenter.printersChanged(List.of(health("grill", PrinterStatus.READY, false, null)));
        assertThat(trouble).isNull();
        presenter.printersChanged(List.of());
        assertThat(view.printers).isEmpty();
        assertThat(view.empty).isEqualTo("No printers are set up for this branch");
    }

    @Test
    void theQueueListsEachJobWithItsOrderStationStatusAndLastProblem() {
        MergedOrder o = store.orders().place(T4, List.of(new NewLine(SHISH_TAOUK, 1), new NewLine(ALMAZA, 1)));
        store.orders().sendToKitchen(o.id());
        PrintJob grill = store.printJobs().ofOrder(o.id()).get(0);
        store.printJobs().markSending(grill.number(), "grill");
        store.printJobs().markUnknown(grill.number(), "Grill printer: the connection failed during the job");

        presenter.reload();

        assertThat(view.jobs).hasSize(2);
        PrintersView.JobRow row = view.jobs.stream().filter(j -> j.number() == grill.number()).findFirst()
                .orElseThrow();
        assertThat(row.kind()).isEqualTo("New order");
        assertThat(row.station()).isEqualTo("Grill");
        assertThat(row.order()).isEqualTo(OrderNumber.of(o.id()) + " \u00b7 T4");
        assertThat(row.status()).isEqualTo("Waiting (possible duplicate)");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).contains("connection failed");
        assertThat(row.canCancel()).isTrue();
        assertThat(row.canReprint()).isTrue();
    }

    @Test
    void aCashierNeedsAManagersPinToReprintOrCancelAndBothAreAudited() {
        MergedOrder o = store.orders().place(T4, List.of(new NewLine(HUMMUS, 1)));
        store.orders().sendToKitchen(o.id());
        long job = store.printJobs().ofOrder(o.id()).get(0).number();
        presenter.setStaff(LebaneseCatalog.KARIM);

        view.pin = null;
        presenter.reprint(job);
        assertThat(view.asked).isEqualTo("Print job #" + job + " again (it says REPRINT)");
        assertThat(store.printJobs().recent()).hasSize(1);

        view.pin = LebaneseCatalog.CASHIER_PIN;
        presenter.cancel(job);
        assertThat(view.error).isTrue();
        assertThat(view.notice).isEqualTo("Not done: that PIN is not a manager's");

        view.pin = LebaneseCatalog.MANAGER_PIN;
        presenter.reprint(job);
        assertThat(view.error).isFalse();
        assertThat(view.notice).isEqualTo("Job #" + job + " prints again as job #" + (job + 1)
                + ", marked REPRINT");
        presenter.cancel(job);
        assertThat(view.notice).isEqualTo("Job #" + job + " was taken off the queue");
        assertThat(view.jobs).extracting(PrintersView.JobRow::status).containsExactly("Waiting", "Cancelled");
        assertThat(view.jobs.get(1).canCancel()).isFalse();

        presenter.cancel(job);
        assertThat(view.error).isTrue();
        assertThat(view.notice).startsWith("Not done: print job " + job + " is cancelled");
        assertThat(store.syncLog().pendingAfter(0, 100)).filteredOn(e -> e.entity().equals(Operations.AUDIT))
                .extracting(e -> e.payload().getString("actor") + " / " + e.payload().getString("approvedBy"))
                .containsExactly("Karim Nassar / Rana Haddad", "Karim Nassar / Rana Haddad");
    }
}
