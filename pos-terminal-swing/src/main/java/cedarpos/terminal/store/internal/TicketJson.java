package cedarpos.terminal.store.internal;

import cedarpos.protocol.v1.Fields;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.printing.Ticket.TicketLine;
import cedarpos.terminal.printing.Ticket.TotalRow;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket's content as kept in a print job row. The job number and the REPRINT, POSSIBLE DUPLICATE and rerouting
 * marks are the row's, not the content's: they are left out here and put back when the job prints.
 */
public final class TicketJson {
    private static final int MAX_ITEMS = 1000;

    private TicketJson() {
    }

    public static String encode(Ticket t) {
        JsonArrayBuilder lines = Jsons.arrayBuilder();
        for (TicketLine l : t.lines()) {
            JsonObjectBuilder b = Jsons.objectBuilder().add("quantity", l.quantity()).add("name", l.name());
            optional(b, "nameAr", l.nameAr());
            JsonArrayBuilder mods = Jsons.arrayBuilder();
            l.modifiers().forEach(mods::add);
            b.add("modifiers", mods);
            optional(b, "note", l.note());
            if (l.seat() != null) {
                b.add("seat", l.seat());
            }
            if (l.course() != null) {
                b.add("course", l.course());
            }
            optional(b, "reason", l.reason());
            optional(b, "amount", l.amount());
            lines.add(b);
        }
        JsonArrayBuilder totals = Jsons.arrayBuilder();
        for (TotalRow r : t.totals()) {
            totals.add(Jsons.objectBuilder().add("label", r.label()).add("amount", r.amount())
                    .add("strong", r.strong()));
        }
        JsonArrayBuilder notes = Jsons.arrayBuilder();
        t.notes().forEach(notes::add);
        JsonObjectBuilder b = Jsons.objectBuilder().add("kind", t.kind().name()).add("station", t.station())
                .add("orderNumber", t.orderNumber()).add("atMs", t.atMs()).add("lines", lines).add("totals", totals)
                .add("notes", notes);
        optional(b, "table", t.table());
        optional(b, "staff", t.staff());
        return b.build().toString();
    }

    /** The stored content with this job's number and marks. */
    public static Ticket decode(String json, long jobNumber, boolean reprint, boolean possibleDuplicate,
                                String reroutedFrom) {
        try {
            Fields f = Fields.of(RowMapping.json(json));
            List<TicketLine> lines = new ArrayList<>();
            for (Fields l : f.objects("lines", MAX_ITEMS)) {
                lines.add(new TicketLine((int) l.longValue("quantity"), l.string("name"), l.optionalString("nameAr"),
                        l.strings("modifiers", MAX_ITEMS), l.optionalString("note"), optionalInt(l, "seat"),
                        optionalInt(l, "course"), l.optionalString("reason"), l.optionalString("amount")));
            }
            List<TotalRow> totals = new ArrayList<>();
            for (Fields r : f.objects("totals", MAX_ITEMS)) {
                totals.add(new TotalRow(r.string("label"), r.string("amount"), r.flag("strong")));
            }
            return new Ticket(Ticket.Kind.valueOf(f.string("kind")), jobNumber, f.string("station"),
                    f.string("orderNumber"), f.optionalString("table"), f.optionalString("staff"),
                    f.longValue("atMs"), lines, totals, f.strings("notes", MAX_ITEMS), reprint, possibleDuplicate,
                    reroutedFrom);
        } catch (ProtocolException | IllegalArgumentException e) {
            // this terminal wrote it: unreadable means a broken file, not bad input
            throw new IllegalStateException("stored ticket of print job " + jobNumber + " does not read: "
                    + e.getMessage(), e);
        }
    }

    private static Integer optionalInt(Fields f, String name) throws ProtocolException {
        return f.has(name) ? (int) f.longValue(name) : null;
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
