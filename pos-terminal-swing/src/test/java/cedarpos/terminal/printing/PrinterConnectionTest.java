package cedarpos.terminal.printing;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import cedarpos.terminal.printing.PrinterConnection.Timeouts;
import cedarpos.terminal.printing.SendOutcome.Delivery;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every outcome a terminal can get from a kitchen printer on the LAN, against the fake printer. */
class PrinterConnectionTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final Timeouts FAST = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(2));

    FakeEscPosPrinter fake;
    PrinterConnection grill;

    @BeforeEach
    void start() throws Exception {
        fake = FakeEscPosPrinter.start(PaperWidth.MM80);
        grill = new PrinterConnection(fake.printer("grill-1", "Grill printer"), FAST);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    /** ESC @, two lines, a raster band of {@code rows} x 576 dots, cut: about 72 bytes a row. */
    static byte[] job(String title, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1B, '@'});
        out.writeBytes((title + "\n2 x Hummus\n").getBytes(StandardCharsets.US_ASCII));
        if (rows > 0) {
            out.writeBytes(new byte[] {0x1D, 'v', '0', 0, 72, 0, (byte) rows, (byte) (rows >> 8)});
            byte[] dots = new byte[72 * rows];
            for (int i = 0; i < dots.length; i += 3) {
                dots[i] = (byte) 0xF0;
            }
            out.writeBytes(dots);
        }
        out.writeBytes(new byte[] {0x1D, 'V', 1});
        return out.toByteArray();
    }

    @Test
    void aReadyPrinterAcceptsTheJobAndPrintsItOnce() throws Exception {
        assertThat(grill.status().status()).isEqualTo(PrinterStatus.READY);
        byte[] job = job("NEW ORDER", 100);

        SendOutcome outcome = grill.send(job);

        assertThat(outcome.delivery()).isEqualTo(Delivery.ACCEPTED);
        assertThat(outcome.status()).isEqualTo(PrinterStatus.READY);
        assertThat(outcome.bytesWritten()).isEqualTo(job.length);
        ReceivedTicket ticket = fake.awaitTickets(1, WAIT).get(0);
        assertThat(ticket.text()).contains("NEW ORDER", "2 x Hummus");
        assertThat(ticket.images()).singleElement().satisfies(i -> assertThat(i.height()).isEqualTo(100));
        assertThat(ticket.cut()).isTrue();
        assertThat(ticket.bytes()).isEqualTo(job.length);
        Thread.sleep(100);
        assertThat(fake.tickets()).hasSize(1);
        assertThat(fake.partialTickets()).isEmpty();
    }

    @Test
    void anOfflinePrinterGetsNothingAndSaysSo() throws Exception {
        fake.goOffline();

        assertThat(grill.status().status()).isEqualTo(PrinterStatus.OFFLINE);
        SendOutcome outcome = grill.send(job("NEW ORDER", 0));

        assertThat(outcome.delivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(outcome.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(outcome.bytesWritten()).isZero();
        assertThat(outcome.message()).contains("Grill printer", "offline", "not sent");
        Thread.sleep(100);
        assertThat(fake.tickets()).isEmpty();
        assertThat(fake.heldTickets()).isEmpty();
        assertThat(fake.partialTickets()).isEmpty();
    }

    @Test
    void paperOutAndCoverOpenAreToldApartAndNothingIsSent() {
        fake.paperOut();
        assertThat(grill.status()).satisfies(s -> {
            assertThat(s.status()).isEqualTo(PrinterStatus.PAPER_OUT);
            assertThat(s.message()).isEqualTo("Grill printer (127.0.0.1:" + fake.port() + "): out of paper");
        });
        assertThat(grill.send(job("ADD", 0))).satisfies(o -> {
            assertThat(o.delivery()).isEqualTo(Delivery.NOT_SENT);
            assertThat(o.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        });

        fake.loadPaper();
        fake.openCover();
        assertThat(grill.status().status()).isEqualTo(PrinterStatus.COVER_OPEN);
        assertThat(grill.send(job("ADD", 0)).delivery()).isEqualTo(Delivery.NOT_SENT);

        fake.closeCover();
        fake.paperLow();
        assertThat(grill.status().status()).isEqualTo(PrinterStatus.PAPER_LOW);
        assertThat(grill.send(job("ADD", 0))).satisfies(o -> {
            assertThat(o.delivery()).isEqualTo(Delivery.ACCEPTED);
            assertThat(o.status()).isEqualTo(PrinterStatus.PAPER_LOW);
        });
    }

    @Test
    void aRefusedConnectionIsUnreachableAndNotSent() throws Exception {
        fake.unplug();

        assertThat(grill.status().status()).isEqualTo(PrinterStatus.UNREACHABLE);
        SendOutcome outcome = grill.send(job("NEW ORDER", 0));

        assertThat(outcome.delivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(outcome.status()).isEqualTo(PrinterStatus.UNREACHABLE);
        assertThat(outcome.message()).contains("cannot be reached");

        fake.plugIn();
        assertThat(grill.send(job("NEW ORDER", 0)).delivery()).isEqualTo(Delivery.ACCEPTED);
        assertThat(fake.awaitTickets(1, WAIT)).hasSize(1);
    }

    @Test
    void aPortWithNothingBehindItIsUnreachable() throws Exception {
        try (Socket held = FakeEscPosPrinter.holdPort(0)) {
            int closedPort = held.getLocalPort();
            PrinterConnection nowhere = new PrinterConnection(
                    new Printer("bar-1", "Bar printer", "127.0.0.1", closedPort, PaperWidth.MM58), FAST);

            assertThat(nowhere.send(job("NEW ORDER", 0))).satisfies(o -> {
                assertThat(o.delivery()).isEqualTo(Delivery.NOT_SENT);
                assertThat(o.status()).isEqualTo(PrinterStatus.UNREACHABLE);
                assertThat(o.message()).startsWith("Bar printer (127.0.0.1:" + closedPort + "): cannot be reached");
            });
        }
    }

    @Test
    void aConnectionDroppedMidJobIsUnknownAndTheFragmentIsAllThePrinterGot() throws Exception {
        byte[] job = job("NEW ORDER", 200);
        fake.dropConnectionAfter(5_000);

        SendOutcome outcome = grill.send(job);

        assertThat(outcome.delivery()).isEqualTo(Delivery.UNKNOWN);
        assertThat(outcome.message()).contains("may or may not have printed");
        ReceivedTicket fragment = fake.awaitPartialTickets(1, WAIT).get(0);
        assertThat(fragment.cut()).isFalse();
        assertThat(fragment.bytes()).isLessThanOrEqualTo(5_000);
        assertThat(fake.tickets()).isEmpty();

        // the drop was for one job only: the resend goes through
        assertThat(grill.send(job).delivery()).isEqualTo(Delivery.ACCEPTED);
        assertThat(fake.awaitTickets(1, WAIT)).hasSize(1);
    }

    @Test
    void aSlowPrinterThatTakesTheJobInTimeAccepts() throws Exception {
        fake.acceptSlowly(Duration.ofMillis(10)); // about 0.7 s for this job, within the 2 s write timeout

        SendOutcome outcome = grill.send(job("NEW ORDER", 1_000));

        assertThat(outcome.delivery()).isEqualTo(Delivery.ACCEPTED);
        assertThat(fake.awaitTickets(1, WAIT)).hasSize(1);
    }

    @Test
    void aPrinterTooSlowForTheWriteTimeoutIsUnknownAndMayStillPrint() throws Exception {
        fake.acceptSlowly(Duration.ofMillis(50)); // about 3.5 s for this job, past the 2 s write timeout

        long start = System.nanoTime();
        SendOutcome outcome = grill.send(job("NEW ORDER", 1_000));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome.delivery()).isEqualTo(Delivery.UNKNOWN);
        assertThat(outcome.message()).contains("within 2000 ms");
        assertThat(tookMs).isLessThan(3_000);
        // the bytes already in the printer's buffer still come out: why the resend says POSSIBLE DUPLICATE
        fake.acceptNormally();
        assertThat(fake.awaitTickets(1, WAIT).get(0).cut()).isTrue();
    }

    @Test
    void aPrinterThatNeverAnswersStatusIsNoStatusAndItsJobsAreAcceptedUnverified() throws Exception {
        fake.ignoreStatusQueries();

        assertThat(grill.status().status()).isEqualTo(PrinterStatus.NO_STATUS);
        SendOutcome outcome = grill.send(job("NEW ORDER", 10));

        assertThat(outcome.delivery()).isEqualTo(Delivery.ACCEPTED);
        assertThat(outcome.status()).isEqualTo(PrinterStatus.NO_STATUS);
        assertThat(outcome.message()).contains("not confirmed");
        assertThat(fake.awaitTickets(1, WAIT)).hasSize(1);
    }

    @Test
    void paperRunningOutDuringTheJobIsUnknownAndTheTicketComesOutWithTheNewRoll() throws Exception {
        fake.acceptSlowly(Duration.ofMillis(5));
        Thread paperRunsOut = new Thread(() -> {
            try {
                Thread.sleep(100);
                fake.paperOut();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        paperRunsOut.start();

        SendOutcome outcome = grill.send(job("NEW ORDER", 1_000));
        paperRunsOut.join();

        assertThat(outcome.delivery()).isEqualTo(Delivery.UNKNOWN);
        assertThat(outcome.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(fake.heldTickets()).hasSize(1);
        fake.loadPaper();
        assertThat(fake.awaitTickets(1, WAIT)).hasSize(1);
    }
}
