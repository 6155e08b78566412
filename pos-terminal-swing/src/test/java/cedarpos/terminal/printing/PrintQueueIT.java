package cedarpos.terminal.printing;

import static cedarpos.terminal.testing.LebaneseCatalog.ALMAZA;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.printing.PrintJob.Status;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print queue end to end: the real store on a SQLite file, the printer workers, and three fake ESC/POS printers
 * on 127.0.0.1 (grill and cold kitchen on 80 mm, the bar on 58 mm), each failing as real ones do.
 */
class PrintQueueIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    /** Short waits, so that a test about an outage takes seconds. */
    static final PrintService.Options FAST = fast();

    @TempDir
    Path dir;
    FakeEscPosPrinter grill;
    FakeEscPosPrinter mezze;
    FakeEscPosPrinter bar;
    TerminalStore store;
    PrintService printing;
    final List<List<PrinterHealth>> seen = new CopyOnWriteArrayList<>();

    static PrintService.Options fast() {
        PrinterConnection.Timeouts t = new PrinterConnection.Timeouts(Duration.ofMillis(500), Duration.ofMillis(500),
                Duration.ofSeconds(5));
        return new PrintService.Options(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofMillis(100),
                p -> new PrinterConnection(p, t));
    }

    @BeforeEach
    void start() throws Exception {
        grill = FakeEscPosPrinter.start(PaperWidth.MM80);
        mezze = FakeEscPosPrinter.start(PaperWidth.MM80);
        bar = FakeEscPosPrinter.start(PaperWidth.MM58);
    }

    /** The terminal with its printers; the grill falls back to the cold kitchen's printer after {@code seconds}. */
    void terminal(int fallbackSeconds) {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2).withPrinting(LebaneseCatalog.kitchen(grill.port(),
                mezze.port(), bar.port(), fallbackSeconds)));
        printing = new PrintService(store.printJobs(), PrintedAs.RENDERER::render, FAST, Clock.systemUTC());
        printing.addListener(seen::add);
        store.addListener(e -> {
            if (e != StoreEvent.SYNC_PROGRESS) {
                printing.wake();
            }
        });
        printing.start();
    }

    @AfterEach
    void stop() {
        if (printing != null) {
            printing.close();
        }
        if (store != null) {
            store.close();
        }
        for (FakeEscPosPrinter p : new FakeEscPosPrinter[] {grill, mezze, bar}) {
            p.close();
        }
    }

    MergedOrder send(NewLine... lines) {
        MergedOrder o = store.orders().place(T4, List.of(lines));
        store.orders().sendToKitchen(o.id());
        return o;
    }

    List<PrintJob> jobs(OrderId order) {
        return store.printJobs().ofOrder(order);
    }

    PrintJob job(OrderId order, String station) {
        return jobs(order).stream().filter(j -> station.equals(j.station())).findFirst().orElseThrow();
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    boolean everyJobPrinted() {
        return store.printJobs().recent().stream().allMatch(j -> j.status() == Status.PRINTED);
    }

    boolean seenStatus(String printer, PrinterStatus status) {
        return seen.stream().flatMap(List::stream).anyMatch(h -> h.printer().code().equals(printer)
                && h.status() == status);
    }

    @Test
    void oneOrderForGrillMezzeAndBarPrintsExactlyThreeTicketsEachOnItsStationsPrinter() throws Exception {
        terminal(60);
        MergedOrder o = send(new NewLine(SHISH_TAOUK, 2), new NewLine(HUMMUS, 1), new NewLine(ALMAZA, 3));

        await("every ticket printed", this::everyJobPrinted);
        assertThat(jobs(o.id())).hasSize(3);
        for (var station : List.of(new Object[] {"grill", grill}, new Object[] {"mezze", mezze},
                new Object[] {"bar", bar})) {
            FakeEscPosPrinter printer = (FakeEscPosPrinter) station[1];
            PrintJob job = job(o.id(), (String) station[0]);
            assertThat(job.printedOn()).isEqualTo(station[0]);
            assertThat(printer.tickets()).as(station[0] + "'s printer").singleElement()
                    .satisfies(t -> assertThat(PrintedAs.same(t, job.ticket(), printer.paper())).isTrue());
        }
        assertThat(job(o.id(), "grill").ticket().lines()).extracting(Ticket.TicketLine::name)
                .containsExactly("Shish Taouk");
        assertThat(job(o.id(), "bar").ticket().lines()).extracting(Ticket.TicketLine::name)
                .containsExactly("Almaza Beer");
    }

    @Test
    void aPrinterOfflineForAWhilePrintsEveryTicketOnceInOrderWhenItIsBackAndWasShownOffline() throws Exception {
        terminal(60);
        grill.goOffline();
        List<MergedOrder> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(send(new NewLine(SHISH_TAOUK, i + 1), new NewLine(HUMMUS, 1)));
        }
        await("the grill printer shown offline", () -> seenStatus("grill", PrinterStatus.OFFLINE));
        await("the grill's first ticket tried again", () -> job(orders.get(0).id(), "grill").attempts() > 1);
        // waiting, or being tried again at this very moment: none printed, none given up
        assertThat(orders).allSatisfy(o -> assertThat(job(o.id(), "grill").status())
                .isIn(Status.QUEUED, Status.SENDING));
        // the cold kitchen is not held up by the grill
        assertThat(mezze.awaitTickets(3, WAIT)).hasSize(3);
        assertThat(printing.printers()).filteredOn(h -> h.printer().code().equals("grill")).singleElement()
                .satisfies(h -> {
                    assertThat(h.failing()).isTrue();
                    assertThat(h.message()).contains("Grill printer");
                });

        grill.goOnline();
        await("every ticket printed", this::everyJobPrinted);
        List<ReceivedTicket> printed = grill.tickets();
        assertThat(printed).hasSize(3);
        for (int i = 0; i < 3; i++) {
            PrintJob job = job(orders.get(i).id(), "grill");
            assertThat(job.possibleDuplicate()).isFalse();
            assertThat(PrintedAs.same(printed.get(i), job.ticket(), PaperWidth.MM80)).as("ticket " + i + " in order")
                    .isTrue();
        }
        assertThat(grill.heldTickets()).isEmpty();
        await("the grill printer shown ready again", () -> printing.printers().stream()
                .anyMatch(h -> h.printer().code().equals("grill") && !h.failing()));
    }

    @Test
    void paperOutIsReportedAndTheTicketWaitsForANewRoll() throws Exception {
        terminal(60);
        bar.paperOut();
        MergedOrder o = send(new NewLine(ALMAZA, 2));

        await("paper out reported", () -> seenStatus("bar", PrinterStatus.PAPER_OUT));
        await("the ticket's try recorded", () -> job(o.id(), "bar").lastError() != null);
        assertThat(job(o.id(), "bar").lastError()).contains("out of paper");
        assertThat(job(o.id(), "bar").status()).isEqualTo(Status.QUEUED);
        assertThat(bar.tickets()).isEmpty();

        bar.loadPaper();
        await("printed once paper is in", this::everyJobPrinted);
        assertThat(bar.tickets()).hasSize(1);
    }

    @Test
    void theFallbackPrinterTakesOverAfterTheConfiguredTimeAndTheMainOneGetsNewTicketsOnceBack() throws Exception {
        terminal(1);
        grill.unplug();
        long start = System.nanoTime();
        MergedOrder o = send(new NewLine(SHISH_TAOUK, 1));

        await("the grill's ticket printed by the fallback", this::everyJobPrinted);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        PrintJob job = job(o.id(), "grill");
        assertThat(job.printedOn()).isEqualTo("mezze");
        assertThat(job.reroutedFrom()).isEqualTo("grill");
        assertThat(job.ticket().reroutedFrom()).isEqualTo("Grill printer");
        assertThat(mezze.tickets()).singleElement()
                .satisfies(t -> assertThat(PrintedAs.same(t, job.ticket(), PaperWidth.MM80)).isTrue());
        assertThat(printing.printers()).filteredOn(h -> h.printer().code().equals("grill")).singleElement()
                .satisfies(h -> assertThat(h.takenOverBy()).isEqualTo("Cold kitchen printer"));

        grill.plugIn();
        await("the grill printer back", () -> printing.printers().stream()
                .anyMatch(h -> h.printer().code().equals("grill") && !h.failing()));
        MergedOrder next = send(new NewLine(SHISH_TAOUK, 2));
        await("the next ticket printed", this::everyJobPrinted);
        assertThat(job(next.id(), "grill").printedOn()).isEqualTo("grill");
        assertThat(grill.tickets()).hasSize(1);
        assertThat(mezze.tickets()).hasSize(1);
    }

    @Test
    void aJobWhoseOutcomeIsUnknownPrintsAgainMarkedPossibleDuplicateWithTheSameJobNumber() throws Exception {
        terminal(60);
        grill.dropConnectionAfter(40);
        MergedOrder o = send(new NewLine(SHISH_TAOUK, 1));

        await("printed after the drop", this::everyJobPrinted);
        PrintJob job = job(o.id(), "grill");
        assertThat(job.possibleDuplicate()).isTrue();
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.ticket().possibleDuplicate()).isTrue();
        assertThat(grill.partialTickets()).hasSize(1);
        assertThat(grill.tickets()).singleElement()
                .satisfies(t -> assertThat(PrintedAs.same(t, job.ticket(), PaperWidth.MM80)).isTrue());
    }
}
