package cedarpos.terminal.printing;

import cedarpos.terminal.printing.Ticket.Kind;
import cedarpos.terminal.printing.Ticket.TicketLine;
import cedarpos.terminal.printing.Ticket.TotalRow;
import java.text.Bidi;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What goes on a ticket, row by row, before it is printed in text mode or drawn as a picture: both printers of a
 * ticket work from these rows, so a kitchen ticket says the same whichever way it is printed. Headings are English,
 * as the kitchen's printed vocabulary; dish names come in English with the Arabic name under it.
 */
final class TicketLayout {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TicketLayout() {
    }

    /** Character size: as printed (font A, or double height, or double width and height). */
    enum Size { NORMAL, TALL, LARGE }

    enum Align { LEFT, CENTER, RIGHT }

    /**
     * One row of a ticket.
     *
     * @param right   printed flush right on the row's first line (an amount, the table), or null
     * @param indent  in characters of the normal font
     * @param reverse white on black, for banners
     * @param rule    a separator line (text is empty)
     */
    record Row(String text, String right, Size size, boolean bold, boolean reverse, Align align, int indent,
               boolean rule) {
        Row {
            Objects.requireNonNull(text);
        }

        static Row text(String text) {
            return new Row(text, null, Size.NORMAL, false, false, Align.LEFT, 0, false);
        }

        static Row separator() {
            return new Row("", null, Size.NORMAL, false, false, Align.LEFT, 0, true);
        }

        Row sized(Size s) {
            return new Row(text, right, s, bold, reverse, align, indent, rule);
        }

        Row emphasized() {
            return new Row(text, right, size, true, reverse, align, indent, rule);
        }

        Row reversed(boolean on) {
            return new Row(text, right, size, bold, on, align, indent, rule);
        }

        Row aligned(Align a) {
            return new Row(text, right, size, bold, reverse, a, indent, rule);
        }

        Row indented(int characters) {
            return new Row(text, right, size, bold, reverse, align, characters, rule);
        }

        Row withRight(String r) {
            return new Row(text, r, size, bold, reverse, align, indent, rule);
        }

        /** True when the text starts right-to-left (an Arabic name): it is then set from the right edge. */
        boolean rightToLeft() {
            return !text.isEmpty() && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        }
    }

    /**
     * Whether a row's right-hand text (an amount, the table) shares the first line with its text or gets a line of its
     * own below it, in whatever unit the printer measures (columns or dots): beside it when the whole text fits
     * beside it, or when the text wraps anyway and leaves {@code minFirst} beside it; otherwise on its own line, so
     * that "Order #1042" is never broken to make room for "Table T4".
     */
    static boolean rightBeside(double text, double first, double full, double minFirst) {
        return text <= first || text > full && first >= minFirst;
    }

    static List<Row> rows(Ticket ticket, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        if (ticket.reprint()) {
            rows.add(banner("REPRINT"));
        }
        if (ticket.possibleDuplicate()) {
            rows.add(banner("POSSIBLE DUPLICATE"));
        }
        boolean receipt = ticket.kind() == Kind.RECEIPT;
        if (receipt) {
            rows.add(Row.text("RECEIPT").sized(Size.LARGE).emphasized().aligned(Align.CENTER));
            rows.add(Row.text(ticket.station()).aligned(Align.CENTER));
        } else {
            rows.add(Row.text(ticket.station()).sized(Size.LARGE).emphasized().aligned(Align.CENTER));
            rows.add(Row.text(heading(ticket)).sized(Size.TALL).emphasized().aligned(Align.CENTER));
        }
        if (ticket.reroutedFrom() != null) {
            rows.add(Row.text("via fallback printer (main: " + ticket.reroutedFrom() + ")").aligned(Align.CENTER));
        }
        rows.add(Row.separator());
        rows.add(Row.text("Order #" + ticket.orderNumber()).sized(Size.TALL).emphasized()
                .withRight(ticket.table() == null ? "Takeaway" : "Table " + ticket.table()));
        rows.add(Row.text(ticket.staff() == null ? "" : "Staff: " + ticket.staff())
                .withRight(TIME.format(Instant.ofEpochMilli(ticket.atMs()).atZone(zone))));
        rows.add(Row.text("Job #" + ticket.jobNumber()).emphasized());
        rows.add(Row.separator());
        if (receipt) {
            ticket.lines().forEach(line -> receiptLine(rows, line));
            rows.add(Row.separator());
            for (TotalRow total : ticket.totals()) {
                Row row = Row.text(total.label()).withRight(total.amount());
                rows.add(total.strong() ? row.sized(Size.TALL).emphasized() : row);
            }
        } else {
            kitchenLines(rows, ticket);
        }
        if (!ticket.notes().isEmpty()) {
            rows.add(Row.separator());
            ticket.notes().forEach(note -> rows.add(Row.text(note).aligned(receipt ? Align.CENTER : Align.LEFT)));
        }
        return rows;
    }

    /** Every character the rows print, to choose how to print them. */
    static String allText(List<Row> rows) {
        StringBuilder all = new StringBuilder();
        for (Row row : rows) {
            all.append(row.text());
            if (row.right() != null) {
                all.append(row.right());
            }
        }
        return all.toString();
    }

    static String heading(Ticket ticket) {
        return switch (ticket.kind()) {
            case NEW -> "NEW ORDER";
            case ADD -> "ADD";
            case VOID -> "VOID";
            case DO_NOT_PREPARE -> "DO NOT PREPARE";
            case RECEIPT -> "RECEIPT";
            case FIRE -> {
                List<Integer> courses = ticket.lines().stream().map(TicketLine::course).filter(Objects::nonNull)
                        .distinct().sorted().toList();
                yield courses.isEmpty() ? "FIRE" : courses.size() == 1 ? "FIRE COURSE " + courses.get(0)
                        : "FIRE COURSES " + String.join(", ", courses.stream().map(String::valueOf).toList());
            }
        };
    }

    private static Row banner(String text) {
        return Row.text(text).sized(Size.LARGE).emphasized().reversed(true).aligned(Align.CENTER);
    }

    /** Lines grouped by course (in course order, lines without one last) when any line has a course. */
    private static void kitchenLines(List<Row> rows, Ticket ticket) {
        Map<Integer, List<TicketLine>> byCourse = new LinkedHashMap<>();
        ticket.lines().stream()
                .sorted(Comparator.comparing(TicketLine::course, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(line -> byCourse.computeIfAbsent(line.course(), c -> new ArrayList<>()).add(line));
        boolean headers = byCourse.keySet().stream().anyMatch(Objects::nonNull)
                && !(ticket.kind() == Kind.FIRE && byCourse.size() == 1);
        boolean first = true;
        for (Map.Entry<Integer, List<TicketLine>> course : byCourse.entrySet()) {
            if (headers) {
                if (!first) {
                    rows.add(Row.separator());
                }
                // a later course goes to the kitchen on hold: it is made when its FIRE ticket comes
                boolean held = course.getKey() != null && course.getKey() > 1
                        && (ticket.kind() == Kind.NEW || ticket.kind() == Kind.ADD);
                rows.add(Row.text(course.getKey() == null ? "NO COURSE" : "COURSE " + course.getKey()
                        + (held ? " - HOLD" : "")).emphasized());
            }
            first = false;
            for (TicketLine line : course.getValue()) {
                rows.add(Row.text(line.quantity() + " x " + line.name()).sized(Size.TALL).emphasized()
                        .withRight(line.seat() == null ? null : "Seat " + line.seat()));
                details(rows, line, Size.TALL);
            }
        }
    }

    private static void receiptLine(List<Row> rows, TicketLine line) {
        rows.add(Row.text(line.quantity() + " x " + line.name()).withRight(line.amount()));
        if (line.seat() != null) {
            rows.add(Row.text("Seat " + line.seat()).indented(4));
        }
        details(rows, line, Size.NORMAL);
    }

    /** The Arabic name under the dish's name, then what the kitchen must know about it. */
    private static void details(List<Row> rows, TicketLine line, Size nameSize) {
        if (line.nameAr() != null && !line.nameAr().isBlank()) {
            rows.add(Row.text(line.nameAr()).sized(nameSize).emphasized().aligned(Align.RIGHT));
        }
        line.modifiers().forEach(m -> rows.add(Row.text("+ " + m).indented(4)));
        if (line.note() != null && !line.note().isBlank()) {
            rows.add(Row.text("Note: " + line.note()).emphasized().indented(4));
        }
        if (line.reason() != null && !line.reason().isBlank()) {
            rows.add(Row.text("Reason: " + line.reason()).emphasized().indented(4));
        }
    }
}
