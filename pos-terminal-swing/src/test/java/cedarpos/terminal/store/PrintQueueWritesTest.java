package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.ALMAZA;
import static cedarpos.terminal.testing.LebaneseCatalog.GARLIC;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.KNEFEH;
import static cedarpos.terminal.testing.LebaneseCatalog.LEMONADE;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static cedarpos.terminal.testing.LebaneseCatalog.WELL_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.printing.OrderNumber;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.printing.Ticket.Kind;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print queue as the store writes it: one ticket per station, in the transaction of the change that owes it. */
class PrintQueueWritesTest {
    static final long NOW = 1_700_000_000_000L;

    @TempDir
    Path dir;
    TerminalStore store;

    @BeforeEach
    void open() {
        store = TerminalStore.open(dir, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2).withPrinting(LebaneseCatalog.KITCHEN));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anOrderSentToTheKitchenQueuesOneTicketPerStationWithOnlyItsDishes() {
        MergedOrder o = store.orders().open(T4, 4, List.of(
                new NewLine(KAFTA, 2, "no onions", List.of(WELL_DONE.id(), GARLIC.id())),
                new NewLine(HUMMUS, 1), new NewLine(KIBBEH, 1), new NewLine(ALMAZA, 3), new NewLine(KNEFEH, 1)),
                "Maya Khoury");
        assertThat(store.printJobs().recent()).as("nothing prints before the order is sent").isEmpty();

        store.orders().sendToKitchen(o.id());

        List<PrintJob> jobs = store.printJobs().ofOrder(o.id());
        assertThat(jobs).extracting(PrintJob::kind).containsOnly(Kind.NEW);
        assertThat(jobs).extracting(PrintJob::station).containsExactly("grill", "mezze", "bar");
        Map<String, List<String>> dishes = new java.util.HashMap<>();
        jobs.forEach(j -> dishes.put(j.printer(), j.ticket().lines().stream().map(Ticket.TicketLine::name).toList()));
        // the fried kibbeh is routed by dish to the grill, the rest by category, the knefeh by the default
        assertThat(dishes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "grill", List.of("Kafta Meshwiyeh", "Fried Kibbeh"),
                "mezze", List.of("Hummus", "Knefeh"),
                "bar", List.of("Almaza Beer")));
        PrintJob grill = jobs.get(0);
        Ticket t = grill.ticket();
        assertThat(t.jobNumber()).isEqualTo(grill.number());
        assertThat(t.station()).isEqualTo("Grill");
        assertThat(t.orderNumber()).isEqualTo(OrderNumber.of(o.id())).hasSize(4);
        assertThat(t.table()).isEqualTo("T4");
        assertThat(t.staff()).isEqualTo("Maya Khoury");
        assertThat(t.atMs()).isEqualTo(NOW);
        assertThat(t.notes()).containsExactly("Counter 1");
        assertThat(t.reprint()).isFalse();
        assertThat(t.possibleDuplicate()).isFalse();
        assertThat(t.lines().get(0)).satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.nameAr()).isEqualTo("كفتة مشوية");
            assertThat(l.modifiers()).containsExactly("Well done", "Extra garlic sauce");
            assertThat(l.note()).isEqualTo("no onions");
        });
        assertThat(jobs).allSatisfy(j -> {
            assertThat(j.status()).isEqualTo(PrintJob.Status.QUEUED);
            assertThat(j.attempts()).isZero();
        });
        assertThat(jobs.get(0).number()).isLessThan(jobs.get(1).number());
    }

    @Test
    void linesAddedAfterTheFirstSendPrintAddAtStationsThatHadTheOrderAndNewAtOthers() {
        MergedOrder o = store.orders().place(T4, List.of(new NewLine(SHISH_TAOUK, 1), new NewLine(HUMMUS, 1)));
        store.orders().sendToKitchen(o.id());
        store.orders().addLines(o.id(), List.of(new NewLine(SHISH_TAOUK, 1), new NewLine(LEMONADE, 2)));
        store.orders().sendToKitchen(o.id());

        List<PrintJob> jobs = store.printJobs().ofOrder(o.id());
        assertThat(jobs).extracting(PrintJob::kind, PrintJob::station).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.NEW, "grill"),
                org.assertj.core.groups.Tuple.tuple(Kind.NEW, "mezze"),
                org.assertj.core.groups.Tuple.tuple(Kind.ADD, "grill"),
                org.assertj.core.groups.Tuple.tuple(Kind.NEW, "bar"));
        assertThat(jobs.get(2).ticket().lines()).extracting(Ticket.TicketLine::name).containsExactly(
                "Shish Taouk");
    }

    @Test
    void aSendThatIsRefusedQueuesNothingAndABranchWithoutStationsPrintsNothing() {
        MergedOrder o = store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        store.orders().sendToKitchen(o.id());
        assertThatThrownBy(() -> store.orders().sendToKitchen(o.id())).isInstanceOf(IllegalStateException.class);
        assertThat(store.printJobs().recent()).hasSize(1);

        store.syncLog().applyCatalog(LebaneseCatalog.cashier(3));
        assertThat(store.printJobs().setup()).isEqualTo(PrintingSetup.NONE);
        MergedOrder other = store.orders().place(null, List.of(new NewLine(SHISH_TAOUK, 1)));
        store.orders().sendToKitchen(other.id());
        assertThat(store.printJobs().ofOrder(other.id())).isEmpty();
    }

    @Test
    void thePrintingSetupOutlivesARestartWithoutTheServer() {
        store.close();
        store = TerminalStore.open(dir);
        assertThat(store.printJobs().setup()).isEqualTo(LebaneseCatalog.KITCHEN);
    }

    @Test
    void aManagerReprintsWithTheSameContentAndCancelsOnlyAWaitingJobBothAudited() {
        MergedOrder o = store.orders().place(T4, List.of(new NewLine(SHISH_TAOUK, 1), new NewLine(HUMMUS, 1)));
        store.orders().sendToKitchen(o.id());
        List<PrintJob> jobs = store.printJobs().ofOrder(o.id());
        PrintJob grill = jobs.get(0);
        store.printJobs().markSending(grill.number(), "grill");
        store.printJobs().markPrinted(grill.number(), "grill");
        Approval rana = new Approval("Karim Nassar", "Rana Haddad");

        long again = store.printJobs().reprint(grill.number(), rana);
        PrintJob reprint = store.printJobs().find(again).orElseThrow();
        assertThat(reprint.reprintOf()).isEqualTo(grill.number());
        assertThat(reprint.printer()).isEqualTo("grill");
        assertThat(reprint.ticket().reprint()).isTrue();
        assertThat(reprint.ticket().jobNumber()).isEqualTo(again);
        assertThat(reprint.ticket().lines()).isEqualTo(grill.ticket().lines());

        assertThatThrownBy(() -> store.printJobs().cancel(grill.number(), rana))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("printed");
        assertThatThrownBy(() -> store.printJobs().reprint(grill.number(), null))
                .isInstanceOf(IllegalArgumentException.class);
        store.printJobs().cancel(jobs.get(1).number(), rana);
        assertThat(store.printJobs().find(jobs.get(1).number()).orElseThrow().status())
                .isEqualTo(PrintJob.Status.CANCELLED);
        assertThat(store.printJobs().next("mezze")).isEmpty();

        assertThat(store.syncLog().pendingAfter(0, 100)).filteredOn(e -> e.entity().equals(Operations.AUDIT))
                .extracting(e -> e.payload().getString("action"), e -> e.payload().getString("approvedBy"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REPRINT", "Rana Haddad"),
                        org.assertj.core.groups.Tuple.tuple("CANCEL_PRINT", "Rana Haddad"));
    }

    /** The kitchen's stations, and this till's receipt printer. */
    void withReceiptPrinter() {
        PrintingSetup k = LebaneseCatalog.KITCHEN;
        List<Printer> printers = new java.util.ArrayList<>(k.printers());
        printers.add(new Printer("till-1", "Counter receipt printer", "127.0.0.1", 9104,
                cedarpos.domain.printing.PaperWidth.MM80));
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(3).withPrinting(new PrintingSetup(printers,
                k.stations(), k.categoryRoutes(), k.itemRoutes(), k.defaultStation(),
                Map.of(store.state().terminalId(), "till-1"))));
    }

    @Test
    void eachShareOfASplitCheckPrintsItsOwnReceiptAndAHeldCourseItsFireTicket() {
        withReceiptPrinter();
        MergedOrder o = store.orders().open(T4, 2, List.of(new NewLine(KAFTA, 1, null, List.of(WELL_DONE.id()), 1, 1),
                new NewLine(HUMMUS, 1, null, List.of(), 2, 1), new NewLine(KNEFEH, 1, null, List.of(), 2, 2)),
                "Karim Nassar");
        store.orders().sendToKitchen(o.id());
        List<PrintJob> sent = store.printJobs().ofOrder(o.id());
        assertThat(sent).flatExtracting(j -> j.ticket().lines()).extracting(Ticket.TicketLine::name,
                Ticket.TicketLine::seat, Ticket.TicketLine::course).contains(
                org.assertj.core.groups.Tuple.tuple("Kafta Meshwiyeh", 1, 1),
                org.assertj.core.groups.Tuple.tuple("Knefeh", 2, 2));

        MergedOrder fired = store.orders().fireCourse(o.id(), 2);
        List<PrintJob> fires = store.printJobs().ofOrder(o.id()).stream().filter(j -> j.kind() == Kind.FIRE)
                .toList();
        assertThat(fires).singleElement().satisfies(j -> assertThat(j.ticket().lines())
                .extracting(Ticket.TicketLine::name).containsExactly("Knefeh"));

        MergedOrder check = fired;
        for (cedarpos.domain.pay.CheckSplit.Share share : cedarpos.domain.pay.CheckSplit.bySeat(check)) {
            Money due = VAT.due(share.amount());
            check = store.payments().payShare(o.id(), "Seat " + share.number(), share.lines(), share.amount(),
                    Payment.of(due, List.of(new Tender(Tender.Method.CASH, due)), RATE, VAT, Currency.USD));
        }
        assertThat(check.status()).isEqualTo(cedarpos.domain.OrderStatus.SETTLED);
        List<Ticket> receipts = store.printJobs().ofOrder(o.id()).stream().filter(j -> j.kind() == Kind.RECEIPT)
                .map(PrintJob::ticket).toList();
        assertThat(receipts).hasSize(2);
        assertThat(receipts.get(0).totals()).extracting(Ticket.TotalRow::label).startsWith("Seat 1", "Check total");
        assertThat(receipts.get(0).lines()).extracting(Ticket.TicketLine::name).containsExactly("Kafta Meshwiyeh");
        assertThat(receipts.get(1).lines()).extracting(Ticket.TicketLine::name).containsExactly("Hummus", "Knefeh");
        // a copy from the order history: both shares again, marked
        assertThat(store.printJobs().printReceipt(o.id(), true)).hasSize(2);
        assertThat(store.printJobs().ofOrder(o.id()).stream().filter(j -> j.kind() == Kind.RECEIPT)
                .filter(j -> j.ticket().reprint())).hasSize(2);
    }

    @Test
    void aSettledOrdersReceiptShowsBothCurrenciesVatAndTheRateUsed() {
        withReceiptPrinter();
        MergedOrder o = store.orders().place(T4, List.of(new NewLine(SHISH_TAOUK, 2), new NewLine(HUMMUS, 1)));
        Money due = VAT.due(o.total());
        store.payments().settle(o.id(), Payment.of(due, List.of(new Tender(Tender.Method.CASH, Money.of(4000,
                Currency.USD))),
                RATE, VAT, Currency.LBP));

        // the payment printed its receipt in its own transaction; a reprint is a second job, marked
        List<Ticket> printed = store.printJobs().ofOrder(o.id()).stream().map(j -> j.ticket())
                .filter(x -> x.kind() == Kind.RECEIPT).toList();
        assertThat(printed).singleElement().satisfies(x -> assertThat(x.reprint()).isFalse());
        long job = store.printJobs().printReceipt(o.id(), true).get(0);
        Ticket t = store.printJobs().find(job).orElseThrow().ticket();
        assertThat(t.kind()).isEqualTo(Kind.RECEIPT);
        assertThat(t.reprint()).isTrue();
        assertThat(t.totals()).isEqualTo(printed.get(0).totals());
        assertThat(t.station()).isEqualTo("Counter receipt printer");
        assertThat(t.lines()).extracting(Ticket.TicketLine::amount).containsExactly("$28.00", "$5.50");
        assertThat(t.lines()).extracting(Ticket.TicketLine::nameAr).containsExactly("شيش طاووق", "حمص");
        assertThat(t.totals()).extracting(Ticket.TotalRow::label, Ticket.TotalRow::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Subtotal / \u0627\u0644\u0645\u062c\u0645\u0648\u0639", "$33.50"),
                org.assertj.core.groups.Tuple.tuple("VAT 11% (included) / \u0636\u0631\u064a\u0628\u0629", "$3.32"),
                org.assertj.core.groups.Tuple.tuple("Total / \u0627\u0644\u0645\u062c\u0645\u0648\u0639 \u0627\u0644\u0643\u0644\u064a",
                        "$33.50"),
                org.assertj.core.groups.Tuple.tuple("Total LBP", "LBP 2,998,250"),
                org.assertj.core.groups.Tuple.tuple("Cash USD", "$40.00"),
                org.assertj.core.groups.Tuple.tuple("Change LBP", "LBP 581,750"));
        assertThat(t.notes()).contains("Rate: $1 = LBP 89,500");

        MergedOrder open = store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        assertThatThrownBy(() -> store.printJobs().printReceipt(open.id(), true))
                .isInstanceOf(IllegalStateException.class);
    }
}
