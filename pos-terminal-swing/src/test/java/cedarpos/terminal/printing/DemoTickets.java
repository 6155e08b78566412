package cedarpos.terminal.printing;

import cedarpos.terminal.printing.Ticket.Kind;
import cedarpos.terminal.printing.Ticket.TicketLine;
import cedarpos.terminal.printing.Ticket.TotalRow;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Tickets from a Beirut grill's evening, in English and Arabic, for printing tests and screenshots. */
public final class DemoTickets {
    public static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");
    /** 20:41 on 14 November 2026 in Beirut. */
    public static final long AT_MS = ZonedDateTime.of(2026, 11, 14, 20, 41, 0, 0, BEIRUT).toInstant().toEpochMilli();

    private DemoTickets() {
    }

    /** A new order at the grill: two courses, seats, modifiers and a note, Arabic names under the English ones. */
    public static Ticket kitchenArabic(long job) {
        return new Ticket(Kind.NEW, job, "GRILL", "1042", "T4", "Karim Nassar", AT_MS, List.of(
                new TicketLine(1, "Hummus", "حمص", List.of("Extra olive oil / زيت زيتون إضافي"), null, 1, 1, null,
                        null),
                new TicketLine(1, "Fattoush", "فتوش", List.of(), "No bread, allergy", 3, 1, null, null),
                new TicketLine(2, "Kafta Meshwiyeh", "كفتة مشوية", List.of("Well done / مستوي جيداً"),
                        "One without onions / واحدة بدون بصل", 2, 2, null, null),
                new TicketLine(1, "Shish Taouk", "شيش طاووق", List.of("Garlic sauce on the side / ثوم على جنب"),
                        null, 1, 2, null, null)),
                List.of(), List.of("Birthday at T4: dessert after the grill"), false, false, null);
    }

    /** The same order in English only: printed in text mode. */
    public static Ticket kitchenLatin(long job) {
        return new Ticket(Kind.NEW, job, "GRILL", "1042", "T4", "Karim Nassar", AT_MS, List.of(
                new TicketLine(2, "Kafta Meshwiyeh", null, List.of("Well done", "Extra garlic sauce"),
                        "no onions", 2, 2, null, null),
                new TicketLine(1, "Hummus", null, List.of(), null, 1, 1, null, null)),
                List.of(), List.of(), false, false, null);
    }

    /** The customer's receipt for order 1042, both currencies. */
    public static Ticket receiptArabic(long job) {
        return new Ticket(Kind.RECEIPT, job, "Counter printer", "1042", "T4", "Karim Nassar", AT_MS, List.of(
                new TicketLine(2, "Kafta Meshwiyeh", "كفتة مشوية", List.of("Well done / مستوي جيداً"), null, null,
                        null, null, "$27.00"),
                new TicketLine(1, "Hummus", "حمص", List.of(), null, null, null, null, "$6.50"),
                new TicketLine(1, "Fattoush", "فتوش", List.of(), null, null, null, null, "$7.00"),
                new TicketLine(1, "Shish Taouk", "شيش طاووق", List.of(), null, null, null, null, "$12.00")),
                List.of(new TotalRow("Subtotal / المجموع", "$52.50", false),
                        new TotalRow("Discount 10% / حسم", "-$5.25", false),
                        new TotalRow("VAT 11% (included) / ضريبة", "$4.68", false),
                        new TotalRow("TOTAL / المجموع الكلي", "$47.25", true),
                        new TotalRow("TOTAL LBP", "LBP 4,228,875", true)),
                List.of("Rate: 1 USD = 89,500 LBP", "شكراً لزيارتكم - Thank you for your visit"), false, false, null);
    }
}
