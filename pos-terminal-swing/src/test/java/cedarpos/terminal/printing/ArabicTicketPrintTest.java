package cedarpos.terminal.printing;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.printing.PrinterConnection.Timeouts;
import cedarpos.terminal.printing.SendOutcome.Delivery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's Arabic kitchen ticket and receipt, sent over TCP to the fake printer and drawn from the bytes it read:
 * docs/screenshots/ticket-kitchen-ar.png and ticket-receipt-ar.png show what comes out of the printer.
 */
class ArabicTicketPrintTest {
    final TicketPrinter printer = new TicketPrinter(DemoTickets.BEIRUT);
    FakeEscPosPrinter fake;
    PrinterConnection connection;

    @BeforeEach
    void start() throws Exception {
        fake = FakeEscPosPrinter.start(PaperWidth.MM80);
        connection = new PrinterConnection(fake.printer("grill-1", "Grill printer"),
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theArabicKitchenTicketComesOutAsOnePictureOfThePapersWidth() throws Exception {
        ReceivedTicket ticket = sendAndReceive(DemoTickets.kitchenArabic(123));

        ticket.writePng(screenshots().resolve("ticket-kitchen-ar.png"));
    }

    @Test
    void theArabicReceiptComesOutAsOnePictureOfThePapersWidth() throws Exception {
        ReceivedTicket ticket = sendAndReceive(DemoTickets.receiptArabic(124));

        ticket.writePng(screenshots().resolve("ticket-receipt-ar.png"));
    }

    private ReceivedTicket sendAndReceive(Ticket ticket) throws Exception {
        byte[] job = printer.render(ticket, PaperWidth.MM80);

        SendOutcome outcome = connection.send(job);

        assertThat(outcome.delivery()).isEqualTo(Delivery.ACCEPTED);
        ReceivedTicket received = fake.awaitTickets(1, Duration.ofSeconds(10)).get(0);
        assertThat(received.cut()).isTrue();
        assertThat(received.bytes()).isEqualTo(job.length);
        assertThat(received.textLines()).isEmpty();
        assertThat(received.images()).singleElement().satisfies(image -> {
            assertThat(image.width()).isEqualTo(576);
            // the picture the printer got is the one the terminal drew, dot for dot
            assertThat(image.toImage().getHeight()).isEqualTo(printer.picture(ticket, PaperWidth.MM80).getHeight());
        });
        return received;
    }

    /** docs/screenshots of the repository, found upwards from where the build runs the tests. */
    static Path screenshots() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/screenshots")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("docs/screenshots");
            }
        }
        return Path.of("target/screenshots");
    }
}
