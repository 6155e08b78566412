package cedarpos.terminal.printing;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.printing.PrintJob.Status;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.sync.SyncWorker;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal process killed with SIGKILL while a printer is reading one of its tickets, then started again: the job
 * it was sending prints again marked POSSIBLE DUPLICATE under the same job number, every other job prints once.
 */
class PrintCrashIT {
    @TempDir
    Path dir;
    FakeEscPosPrinter grill;
    FakeEscPosPrinter mezze;
    FakeEscPosPrinter bar;
    Process process;

    @BeforeEach
    void start() throws Exception {
        grill = FakeEscPosPrinter.start(PaperWidth.MM80);
        mezze = FakeEscPosPrinter.start(PaperWidth.MM80);
        bar = FakeEscPosPrinter.start(PaperWidth.MM58);
    }

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
        for (FakeEscPosPrinter p : new FakeEscPosPrinter[] {grill, mezze, bar}) {
            p.close();
        }
    }

    long count(String where) {
        return StoreFixture.count(dir.resolve("terminal.db"), "SELECT COUNT(*) FROM print_job WHERE " + where);
    }

    @Test
    void aTerminalKilledMidPrintCompletesItsJobsAfterARestartMarkingOnlyTheInterruptedOne() throws Exception {
        MergedOrder first;
        MergedOrder second;
        try (TerminalStore store = TerminalStore.open(dir)) {
            StoreFixture.enroll(store);
            store.syncLog().applyCatalog(LebaneseCatalog.cashier(2).withPrinting(LebaneseCatalog.kitchen(grill.port(),
                    mezze.port(), bar.port(), 60)));
            first = store.orders().place(T4, List.of(new NewLine(SHISH_TAOUK, 1), new NewLine(HUMMUS, 1)));
            store.orders().sendToKitchen(first.id());
            second = store.orders().place(T4, List.of(new NewLine(SHISH_TAOUK, 2), new NewLine(HUMMUS, 2)));
            store.orders().sendToKitchen(second.id());
        }
        // the grill reads its first picture ticket for seconds: the kill lands while the job is SENDING
        grill.acceptSlowly(Duration.ofMillis(100));
        Path log = dir.resolve("terminal.log");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PrintingTerminal.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrintQueueIT.await("the cold kitchen's tickets printed and a grill ticket on its way",
                () -> count("station = 'mezze' AND status = 'PRINTED'") == 2
                        && count("station = 'grill' AND status = 'SENDING'") == 1);
        Thread.sleep(300); // some of its bytes are in the printer
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed with SIGKILL").isEqualTo(137);
        assertThat(count("status = 'SENDING'")).isEqualTo(1);
        long interrupted = StoreFixture.count(dir.resolve("terminal.db"),
                "SELECT id FROM print_job WHERE status = 'SENDING'");
        grill.acceptNormally();

        try (TerminalCore core = TerminalCore.start(new cedarpos.terminal.app.TerminalConfig(dir,
                java.net.URI.create("ws://127.0.0.1:9/sync"), "Counter 1", null), SyncWorker.Options.defaults(),
                PrintingTerminal.options(), Clock.systemUTC())) {
            PrintQueueIT.await("every job printed after the restart", () -> count("status <> 'PRINTED'") == 0);
            PrintJob again = core.store().printJobs().find(interrupted).orElseThrow();
            PrintJob other = core.store().printJobs().ofOrder(second.id()).stream()
                    .filter(j -> "grill".equals(j.station())).findFirst().orElseThrow();
            assertThat(again.orderId()).isEqualTo(first.id().toString());
            assertThat(again.possibleDuplicate()).isTrue();
            assertThat(again.ticket().possibleDuplicate()).isTrue();
            assertThat(again.ticket().jobNumber()).isEqualTo(interrupted);
            assertThat(other.possibleDuplicate()).isFalse();
            // the killed try reached the printer whole or in part (the kernel still held its bytes), the resend came
            // out marked possible duplicate, the next job once: never the same ticket twice without the mark
            PrintQueueIT.await("the killed connection read to its end",
                    () -> grill.tickets().size() + grill.partialTickets().size() == 3);
            Ticket unmarked = new Ticket(again.ticket().kind(), interrupted, again.ticket().station(),
                    again.ticket().orderNumber(), again.ticket().table(), again.ticket().staff(), again.ticket().atMs(),
                    again.ticket().lines(), again.ticket().totals(), again.ticket().notes(), false, false, null);
            assertThat(grill.tickets()).filteredOn(t -> PrintedAs.same(t, again.ticket(), PaperWidth.MM80)).hasSize(1);
            assertThat(grill.tickets()).filteredOn(t -> PrintedAs.same(t, other.ticket(), PaperWidth.MM80)).hasSize(1);
            assertThat(grill.tickets().size() - 2).as("the first try, if it came out whole")
                    .isEqualTo(grill.tickets().stream().filter(t -> PrintedAs.same(t, unmarked, PaperWidth.MM80))
                            .count());
            assertThat(mezze.tickets()).hasSize(2);
            assertThat(core.store().printJobs().recent()).filteredOn(PrintJob::possibleDuplicate).hasSize(1);
            assertThat(core.store().printJobs().recent()).allMatch(j -> j.status() == Status.PRINTED);
        }
        assertThat(Files.readString(log)).contains("printing");
    }
}
