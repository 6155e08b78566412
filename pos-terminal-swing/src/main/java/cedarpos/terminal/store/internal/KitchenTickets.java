package cedarpos.terminal.store.internal;

import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import cedarpos.domain.stock.Reservation;
import cedarpos.protocol.v1.Fields;
import cedarpos.protocol.v1.PrintingJson;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.terminal.printing.OrderNumber;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.printing.Ticket.Kind;
import cedarpos.terminal.printing.Ticket.TicketLine;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * Queues the tickets a change owes the kitchen, inside the caller's transaction: the job commits with the change or
 * not at all. Each station gets one ticket with only the dishes it makes. One instance per transaction: it reads the
 * printing setup, the terminal's name and the dishes it needs once.
 */
public final class KitchenTickets {
    private static final Logger LOG = Logger.getLogger(KitchenTickets.class.getName());

    private final SqlSession s;
    private final long nowMs;
    private PrintingSetup setup;
    private String terminalName;
    private final Map<String, Optional<MenuItem>> menu = new HashMap<>();

    public KitchenTickets(SqlSession s, long nowMs) {
        this.s = s;
        this.nowMs = nowMs;
    }

    /**
     * The order's {@code lines} just went to the kitchen: per station, NEW when none of the order's dishes went to
     * that station before, ADD after.
     *
     * @param before the order before this send (what had been sent already)
     * @return the jobs queued
     */
    public int sent(MergedOrder before, MergedOrder after, Set<OrderLineId> lines) {
        if (!setup().hasStations()) {
            return 0;
        }
        Set<String> servedBefore = new java.util.HashSet<>();
        for (MergedLine l : before.lines()) {
            if (l.sent()) {
                station(l).ifPresent(st -> servedBefore.add(st.code()));
            }
        }
        int queued = 0;
        for (Map.Entry<Station, List<MergedLine>> e : byStation(after, lines).entrySet()) {
            Kind kind = servedBefore.contains(e.getKey().code()) ? Kind.ADD : Kind.NEW;
            queued += queue(kind, e.getKey(), after, e.getValue().stream().map(l -> line(l, null)).toList(), null);
        }
        return queued;
    }

    /** A held course is to be made now: a FIRE ticket per station with the course's {@code lines}. */
    public int fire(MergedOrder m, Collection<OrderLineId> lines) {
        int queued = 0;
        for (Map.Entry<Station, List<MergedLine>> e : byStation(m, Set.copyOf(lines)).entrySet()) {
            queued += queue(Kind.FIRE, e.getKey(), m, e.getValue().stream().map(l -> line(l, null)).toList(), null);
        }
        return queued;
    }

    /**
     * A VOID ticket for every voided line among {@code lines} (all when null) whose ticket this terminal sent: the
     * kitchen that cooks from our tickets must hear of it. Once per line, however often the void is applied (a
     * pulled change arrives again).
     */
    public int voided(OrderState state, MergedOrder m, UUID terminal, Set<OrderLineId> lines) {
        if (m == null) {
            return 0;
        }
        int queued = 0;
        for (MergedLine line : m.lines()) {
            if (!line.isVoided() || lines != null && !lines.contains(line.line().id())) {
                continue;
            }
            LineState ls = state.line(line.line().id());
            boolean sentHere = ls.edits().values().stream().anyMatch(e -> e.sent()
                    && e.stamp().origin().equals(terminal));
            Optional<Station> station = sentHere ? station(line) : Optional.empty();
            if (station.isPresent()) {
                queued += queue(Kind.VOID, station.get(), m, List.of(line(line, line.voided().reason())),
                        "VOID:" + line.line().id());
            }
        }
        return queued;
    }

    /** The server refused stock for a line this terminal took: DO NOT PREPARE, once per decision. */
    public int denied(Reservation r) {
        OrderState state = OrderRepository.load(s, r.order());
        MergedOrder m = state == null ? null : state.merge();
        Optional<MenuItem> item = item(r.menuItem());
        Optional<Station> station = setup().stationFor(r.menuItem(), item.map(MenuItem::category).orElse(null));
        if (m == null || station.isEmpty()) {
            LOG.warning(() -> "no DO NOT PREPARE ticket for order=" + r.order() + " line=" + r.line()
                    + (m == null ? ": the order is not here" : ": no kitchen station prints it"));
            return 0;
        }
        TicketLine line = new TicketLine(r.deniedPortions(), r.dish(), item.map(MenuItem::nameAr).orElse(null),
                List.of(), null, null, null, "sold out", null);
        return queue(Kind.DO_NOT_PREPARE, station.get(), m, List.of(line), "DNP:" + r.line() + ":" + r.version());
    }

    /** Writes one job for {@code station}'s main printer. @return 1, or 0 when {@code cause} was queued before */
    private int queue(Kind kind, Station station, MergedOrder m, List<TicketLine> lines, String cause) {
        String table = m.tableId() == null ? null : OrderRepository.bareTableLabel(s, m.tableId().toString());
        Ticket t = new Ticket(kind, 0, station.nameEn(), OrderNumber.of(m.id()), table, m.staffName(), nowMs, lines,
                List.of(), List.of(terminalName()), false, false, null);
        return insert(s, t, station.code(), station.printer(), m.id(), cause, null, nowMs) > 0 ? 1 : 0;
    }

    /** Inserts a job row for a ticket's content. @return its job number, or 0 when {@code cause} was queued before */
    static long insert(SqlSession s, Ticket t, String station, String printer, OrderId order, String cause,
                      Long reprintOf, long nowMs) {
        PrintJobRow row = new PrintJobRow();
        row.kind = t.kind().name();
        row.station = station;
        row.printer = printer;
        row.orderId = order == null ? null : order.toString();
        row.orderNumber = t.orderNumber();
        row.tableLabel = t.table();
        row.ticketJson = TicketJson.encode(t);
        row.reprintOf = reprintOf;
        row.cause = cause;
        row.createdAt = nowMs;
        if (s.getMapper(PrintJobMapper.class).insert(row) == 0) {
            return 0; // its cause was queued before (the row's id would be a stale one here)
        }
        LOG.info(() -> "print job queued job=" + row.id + " kind=" + row.kind + " station=" + station
                + " printer=" + printer + " order=" + row.orderId + " lines=" + t.lines().size());
        return row.id;
    }

    private Map<Station, List<MergedLine>> byStation(MergedOrder m, Set<OrderLineId> lines) {
        Map<Station, List<MergedLine>> by = new LinkedHashMap<>();
        for (MergedLine l : m.lines()) {
            if (lines.contains(l.line().id()) && !l.isVoided()) {
                station(l).ifPresent(st -> by.computeIfAbsent(st, k -> new ArrayList<>()).add(l));
            }
        }
        return by;
    }

    private Optional<Station> station(MergedLine l) {
        MenuItemId id = l.line().menuItemId();
        return setup().stationFor(id, item(id).map(MenuItem::category).orElse(null));
    }

    private TicketLine line(MergedLine l, String reason) {
        return new TicketLine(l.line().quantity(), l.line().name(),
                item(l.line().menuItemId()).map(MenuItem::nameAr).orElse(null),
                l.modifiers().stream().map(cedarpos.domain.LineModifier::nameEn).toList(), l.note(), l.seat(),
                l.course(), reason, null);
    }

    /** The dish as today's menu has it; empty for one gone from the menu (it still routes by the default). */
    Optional<MenuItem> item(MenuItemId id) {
        return menu.computeIfAbsent(id.toString(), k -> {
            MenuRow row = s.getMapper(CatalogMapper.class).item(k);
            return row == null ? Optional.empty() : Optional.of(RowMapping.menuItem(row));
        });
    }

    private PrintingSetup setup() {
        if (setup == null) {
            setup = setup(s);
        }
        return setup;
    }

    private String terminalName() {
        if (terminalName == null) {
            terminalName = s.getMapper(StateMapper.class).find().terminalName;
        }
        return terminalName;
    }

    /** The printing setup kept from the last catalog; {@link PrintingSetup#NONE} before one had any. */
    public static PrintingSetup setup(SqlSession s) {
        String json = s.getMapper(PrintJobMapper.class).setupJson();
        if (json == null) {
            return PrintingSetup.NONE;
        }
        try {
            return PrintingJson.decodeSetup(Fields.of(RowMapping.json(json)));
        } catch (ProtocolException e) {
            throw new IllegalStateException("the stored printing setup does not read: " + e.getMessage(), e);
        }
    }

    /** Keeps the catalog's printing setup, in the catalog's own transaction. */
    public static void saveSetup(SqlSession s, long version, PrintingSetup setup) {
        s.getMapper(PrintJobMapper.class).saveSetup(version, PrintingJson.encode(setup).build().toString());
    }

    /** A terminal's id as kept in its state row, for the receipt printer lookup. */
    static TerminalId terminal(SqlSession s) {
        return TerminalId.parse(s.getMapper(StateMapper.class).find().terminalId);
    }
}
