package cedarpos.terminal.printing;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.printing.ReceivedTicket.Align;
import cedarpos.terminal.printing.ReceivedTicket.RasterImage;
import cedarpos.terminal.printing.ReceivedTicket.TextLine;
import cedarpos.terminal.printing.Ticket.Kind;
import cedarpos.terminal.printing.Ticket.TicketLine;
import cedarpos.terminal.printing.Ticket.TotalRow;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Render, then read back as a printer would: what the kitchen and the customer get on paper. */
class TicketPrinterTest {
    final TicketPrinter printer = new TicketPrinter(DemoTickets.BEIRUT);

    static ReceivedTicket printOne(byte[] job, PaperWidth paper) {
        List<ReceivedTicket> tickets = EscPosDecoder.decode(job, paper.dots());
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).cut()).isTrue();
        return tickets.get(0);
    }

    static Ticket ticket(Kind kind, TicketLine... lines) {
        return new Ticket(kind, 77, "COLD", "1043", null, null, DemoTickets.AT_MS, List.of(lines), List.of(),
                List.of(), false, false, null);
    }

    static TicketLine line(int course, String name, String reason) {
        return new TicketLine(1, name, null, List.of(), null, null, course, reason, null);
    }

    @Test
    void aLatinKitchenTicketPrintsInTextModeWithEverythingTheCookNeeds() {
        byte[] job = printer.render(DemoTickets.kitchenLatin(123), PaperWidth.MM80);

        assertThat(job).startsWith(0x1B, '@');
        ReceivedTicket paper = printOne(job, PaperWidth.MM80);
        assertThat(paper.images()).isEmpty();
        assertThat(paper.text()).containsSubsequence("NEW ORDER", "Order #1042", "Table T4", "Staff: Karim Nassar",
                "14/11/2026 20:41", "Job #123", "COURSE 1", "1 x Hummus", "Seat 1", "COURSE 2",
                "2 x Kafta Meshwiyeh", "Seat 2", "+ Well done", "+ Extra garlic sauce", "Note: no onions");
        assertThat(paper.textLines()).filteredOn(l -> l.text().equals("GRILL")).singleElement()
                .satisfies(l -> assertThat(l).extracting(TextLine::bold, TextLine::width, TextLine::height,
                        TextLine::align).containsExactly(true, 2, 2, Align.CENTER));
        assertThat(paper.textLines()).allSatisfy(l -> assertThat(l.text().length() * l.width()).isLessThanOrEqualTo(48));
    }

    @Test
    void everyHeadingSaysWhatTheKitchenMustDo() {
        assertThat(text(ticket(Kind.ADD, line(1, "Hummus", null)))).contains("ADD\n");
        assertThat(text(ticket(Kind.VOID, line(1, "Hummus", "guest changed mind"))))
                .contains("VOID\n", "1 x Hummus", "Reason: guest changed mind");
        assertThat(text(ticket(Kind.DO_NOT_PREPARE, line(1, "Kibbeh Nayyeh", "out of stock"))))
                .contains("DO NOT PREPARE\n", "Reason: out of stock");
        assertThat(text(ticket(Kind.FIRE, line(2, "Kafta Meshwiyeh", null), line(2, "Shish Taouk", null))))
                .contains("FIRE COURSE 2\n").doesNotContain("COURSE 2\n1 x");
        assertThat(text(ticket(Kind.NEW, line(1, "Hummus", null)))).contains("Takeaway").doesNotContain("Staff");
    }

    @Test
    void reprintsDuplicatesAndReroutesAreBannersNobodyCanMiss() {
        Ticket t = DemoTickets.kitchenLatin(123);
        Ticket flagged = new Ticket(t.kind(), t.jobNumber(), t.station(), t.orderNumber(), t.table(), t.staff(),
                t.atMs(), t.lines(), t.totals(), t.notes(), true, true, "Grill printer");

        ReceivedTicket paper = printOne(printer.render(flagged, PaperWidth.MM58), PaperWidth.MM58);

        assertThat(paper.textLines()).filteredOn(TextLine::reverse).extracting(l -> l.text().strip())
                .containsExactly("REPRINT", "POSSIBLE", "DUPLICATE");
        assertThat(paper.textLines()).filteredOn(TextLine::reverse)
                .allSatisfy(l -> assertThat(l.width() * l.height()).isEqualTo(4));
        assertThat(paper.text().replace("\n", " ")).contains("via fallback printer (main: Grill printer)", "Job #123");
        assertThat(paper.textLines()).allSatisfy(l -> assertThat(l.text().length() * l.width()).isLessThanOrEqualTo(32));
    }

    @Test
    void aLatinReceiptAlignsAmountsRightAndKeepsLatin1Accents() {
        Ticket receipt = new Ticket(Kind.RECEIPT, 9, "Counter printer", "1044", "T2", "Rana", DemoTickets.AT_MS,
                List.of(new TicketLine(2, "Crème brûlée", null, List.of("Extra cream"), null, null, null, null,
                        "$9.00")),
                List.of(new TotalRow("VAT 11% (included)", "$0.89", false), new TotalRow("TOTAL", "$9.00", true)),
                List.of("Thank you"), false, false, null);

        ReceivedTicket paper = printOne(printer.render(receipt, PaperWidth.MM80), PaperWidth.MM80);

        assertThat(paper.images()).isEmpty();
        assertThat(paper.text()).contains("RECEIPT", "Counter printer", "+ Extra cream", "Thank you");
        assertThat(paper.textLines()).filteredOn(l -> l.text().startsWith("2 x Crème brûlée")).singleElement()
                .satisfies(l -> assertThat(l.text()).hasSize(48).endsWith(" $9.00"));
        assertThat(paper.textLines()).filteredOn(l -> l.text().startsWith("TOTAL")).singleElement()
                .satisfies(l -> {
                    assertThat(l.text()).hasSize(48).endsWith("$9.00");
                    assertThat(l.height()).isEqualTo(2);
                });
    }

    @Test
    void longNamesWrapInsteadOfRunningOffThePaper() {
        String name = "Mixed grill platter with kafta, taouk, lamb chops and grilled vegetables for sharing";
        ReceivedTicket paper = printOne(printer.render(ticket(Kind.NEW, line(1, name, null)), PaperWidth.MM58),
                PaperWidth.MM58);

        assertThat(paper.text().replace('\n', ' ')).contains("1 x Mixed grill platter", "for sharing");
        assertThat(paper.textLines()).allSatisfy(l -> assertThat(l.text().length() * l.width()).isLessThanOrEqualTo(32));
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void aTicketWithArabicIsOnePictureExactlyAsWideAsThePaperSentInBands(PaperWidth width) {
        Ticket ticket = DemoTickets.kitchenArabic(123);
        assertThat(printer.printsAsPicture(ticket)).isTrue();
        byte[] job = printer.render(ticket, width);

        ReceivedTicket paper = printOne(job, width);

        assertThat(paper.textLines()).isEmpty();
        assertThat(paper.images()).singleElement().satisfies(image -> {
            assertThat(image.width()).isEqualTo(width.dots());
            assertThat(image.height()).isGreaterThan(EscPos.BAND_ROWS);
            assertThat(image.blackDots(0, image.width())).isPositive();
        });
        int bands = 0;
        for (int i = 0; i + 7 < job.length; i++) {
            if (job[i] == 0x1D && job[i + 1] == 'v' && job[i + 2] == '0') {
                int rows = (job[i + 6] & 0xFF) | (job[i + 7] & 0xFF) << 8;
                assertThat(rows).isBetween(1, EscPos.BAND_ROWS);
                bands++;
            }
        }
        assertThat(bands).isGreaterThan(1);
    }

    @Test
    void anArabicNameIsSetFromTheRightEdge() {
        RasterImage image = printOne(printer.render(ticket(Kind.NEW,
                new TicketLine(1, "Hummus", "حمص", List.of(), null, null, null, null, null)), PaperWidth.MM80),
                PaperWidth.MM80).images().get(0);
        BandOfInk arabic = BandOfInk.last(image);

        assertThat(arabic.right()).isGreaterThan(576 - TicketRaster.MARGIN - 12);
        assertThat(arabic.left()).isGreaterThan(576 / 2);
    }

    @Test
    void arabicIsDrawnWithAFontThatHasItsLettersNeverWithBoxes() {
        String arabic = "كفتة مشوية - مستوي جيداً";
        String family = TicketFonts.familyFor(arabic);

        assertThat(TicketFonts.font(family, java.awt.Font.BOLD, 34).canDisplayUpTo(arabic)).isEqualTo(-1);
        assertThat(TicketFonts.forRow("Noto Sans", java.awt.Font.PLAIN, 24, arabic, 1).canDisplayUpTo(arabic))
                .isEqualTo(-1);
    }

    /** The last run of rows with ink in a raster, and its left and right edges. */
    record BandOfInk(int left, int right) {
        static BandOfInk last(RasterImage image) {
            int bottom = image.height() - 1;
            while (bottom > 0 && !inked(image, bottom)) {
                bottom--;
            }
            int top = bottom;
            while (top > 0 && inked(image, top - 1)) {
                top--;
            }
            int left = image.width();
            int right = -1;
            for (int y = top; y <= bottom; y++) {
                for (int x = 0; x < image.width(); x++) {
                    if (image.black(x, y)) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                    }
                }
            }
            return new BandOfInk(left, right);
        }

        static boolean inked(RasterImage image, int y) {
            for (int x = 0; x < image.width(); x++) {
                if (image.black(x, y)) {
                    return true;
                }
            }
            return false;
        }
    }

    private String text(Ticket ticket) {
        return printOne(printer.render(ticket, PaperWidth.MM80), PaperWidth.MM80).text() + "\n";
    }
}
