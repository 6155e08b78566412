package cedarpos.terminal.store;

import cedarpos.domain.OrderId;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import cedarpos.protocol.v1.AuditEventJson;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.printing.PrintQueue;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.KitchenTickets;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.PrintJobMapper;
import cedarpos.terminal.store.internal.PrintJobRow;
import cedarpos.terminal.store.internal.ReceiptTicket;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.TicketJson;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * The terminal's print queue in its SQLite file. The store queues kitchen tickets in the transactions that cause
 * them; the printer workers move each job along here, one committed step at a time; a manager reprints or cancels a
 * job with an audit event in the same transaction. Safe from any thread but the EDT.
 */
public final class PrintJobs implements PrintQueue {
    private static final Logger LOG = Logger.getLogger(PrintJobs.class.getName());
    /** How many jobs the queue screen lists: every open one first, then the newest done ones. */
    public static final int SHOWN = 200;

    private final SqliteDatabase db;
    private final LocalWrites writes;
    private final Clock clock;
    private final Consumer<StoreEvent> fire;

    PrintJobs(SqliteDatabase db, LocalWrites writes, Clock clock, Consumer<StoreEvent> fire) {
        this.db = db;
        this.writes = writes;
        this.clock = clock;
        this.fire = fire;
    }

    @Override
    public PrintingSetup setup() {
        try (SqlSession s = db.read()) {
            return KitchenTickets.setup(s);
        }
    }

    /** Every job still owed, then the newest done ones, up to {@link #SHOWN}; newest first. */
    public List<PrintJob> recent() {
        try (SqlSession s = db.read()) {
            return s.getMapper(PrintJobMapper.class).recent(SHOWN).stream().map(r -> job(s, r)).toList();
        }
    }

    /** An order's jobs, oldest first. */
    public List<PrintJob> ofOrder(OrderId order) {
        try (SqlSession s = db.read()) {
            return s.getMapper(PrintJobMapper.class).ofOrder(order.toString()).stream().map(r -> job(s, r)).toList();
        }
    }

    public Optional<PrintJob> find(long job) {
        try (SqlSession s = db.read()) {
            PrintJobRow r = s.getMapper(PrintJobMapper.class).find(job);
            return r == null ? Optional.empty() : Optional.of(job(s, r));
        }
    }

    @Override
    public int recoverInterrupted() {
        int n = update(m -> m.recoverInterrupted());
        if (n > 0) {
            LOG.warning(() -> n + " print job(s) were being sent when the terminal stopped: they print again marked"
                    + " POSSIBLE DUPLICATE");
        }
        return n;
    }

    @Override
    public Optional<PrintJob> next(String printer) {
        try (SqlSession s = db.read()) {
            PrintJobRow r = s.getMapper(PrintJobMapper.class).next(printer);
            return r == null ? Optional.empty() : Optional.of(job(s, r));
        }
    }

    @Override
    public boolean markSending(long job, String printer) {
        return update(m -> m.markSending(job, printer)) == 1;
    }

    @Override
    public void markPrinted(long job, String printer) {
        long now = clock.millis();
        update(m -> m.markPrinted(job, printer, now));
    }

    @Override
    public void markNotSent(long job, String error) {
        update(m -> m.requeue(job, error, false));
    }

    @Override
    public void markUnknown(long job, String error) {
        update(m -> m.requeue(job, error, true));
    }

    @Override
    public int reroute(String station, String fromPrinter, String toPrinter) {
        int n = update(m -> m.reroute(station, fromPrinter, toPrinter));
        if (n > 0) {
            LOG.warning(() -> "print jobs rerouted station=" + station + " from=" + fromPrinter + " to=" + toPrinter
                    + " jobs=" + n);
        }
        return n;
    }

    /**
     * A manager's reprint: a new job with the same content, printed REPRINT, to the station's main printer as the
     * setup stands now (the job's own printer for a receipt).
     *
     * @return the new job's number
     * @throws IllegalArgumentException for an unknown job
     */
    public long reprint(long job, Approval approval) {
        requireApproval(approval);
        long number = writes.write(c -> {
            PrintJobMapper m = c.session().getMapper(PrintJobMapper.class);
            PrintJobRow r = require(m, job);
            PrintingSetup setup = KitchenTickets.setup(c.session());
            String printer = r.station == null ? r.printer
                    : setup.station(r.station).map(Station::printer).orElse(r.printer);
            PrintJobRow copy = new PrintJobRow();
            copy.kind = r.kind;
            copy.station = r.station;
            copy.printer = printer;
            copy.orderId = r.orderId;
            copy.orderNumber = r.orderNumber;
            copy.tableLabel = r.tableLabel;
            copy.ticketJson = r.ticketJson;
            copy.reprintOf = r.reprintOf != null ? r.reprintOf : r.id;
            copy.createdAt = c.nowMs();
            m.insert(copy);
            return audit(c, approval, AuditEvent.Action.REPRINT, r, "reprint of job " + r.id + " as job "
                    + copy.id, "reprint asked at the till", copy.id);
        });
        fire.accept(StoreEvent.PRINTING);
        return number;
    }

    /**
     * A manager takes a job off the queue: it never prints.
     *
     * @throws IllegalStateException when it is being sent now, already printed or cancelled
     */
    public void cancel(long job, Approval approval) {
        requireApproval(approval);
        writes.write(c -> {
            PrintJobMapper m = c.session().getMapper(PrintJobMapper.class);
            PrintJobRow r = require(m, job);
            if (m.cancel(job) != 1) {
                throw new IllegalStateException("print job " + job + " is " + r.status.toLowerCase()
                        + ": only a job waiting for its printer can be cancelled");
            }
            return audit(c, approval, AuditEvent.Action.CANCEL_PRINT, r, "print job " + r.id + " cancelled ("
                    + r.kind + ", " + (r.station == null ? r.printer : r.station) + ", " + r.attempts
                    + " attempts)", r.lastError == null ? "cancelled at the till" : r.lastError, null);
        });
        fire.accept(StoreEvent.PRINTING);
    }

    /**
     * Queues the customer's receipt of a settled order (one per share of a split check) for this terminal's receipt
     * printer, in its own transaction; a payment prints its own receipt inside its transaction.
     *
     * @param reprint a copy asked for again (the order history): the ticket says REPRINT
     * @return the job numbers; empty when this terminal has no receipt printer
     */
    public List<Long> printReceipt(OrderId order, boolean reprint) {
        List<Long> job;
        try (SqlSession s = db.write()) {
            OrderState state = OrderRepository.load(s, order);
            MergedOrder m = state == null ? null : state.merge();
            if (m == null) {
                throw new IllegalArgumentException("unknown order " + order);
            }
            job = ReceiptTicket.queue(s, m, reprint, clock.millis());
            s.commit();
        }
        fire.accept(StoreEvent.PRINTING);
        return job;
    }

    private static Entry<Long> audit(LocalWrites.Ctx c, Approval approval, AuditEvent.Action action, PrintJobRow r,
                                     String detail, String reason, Long result) {
        AuditEvent e = new AuditEvent(UUID.randomUUID(), c.stamp().atMs(), c.terminal(), approval.actor(),
                approval.manager(), action, r.orderId, detail, reason.length() > AuditEvent.MAX_TEXT
                        ? reason.substring(0, AuditEvent.MAX_TEXT) : reason);
        return new Entry<>(Operations.AUDIT, e.id().toString(), Operations.RECORD, AuditEventJson.encode(e)
                .toString(), result);
    }

    private static void requireApproval(Approval approval) {
        if (approval == null) {
            throw new IllegalArgumentException("a manager must approve a reprint or a cancellation");
        }
    }

    private static PrintJobRow require(PrintJobMapper m, long job) {
        PrintJobRow r = m.find(job);
        if (r == null) {
            throw new IllegalArgumentException("unknown print job " + job);
        }
        return r;
    }

    private int update(java.util.function.ToIntFunction<PrintJobMapper> change) {
        int n;
        try (SqlSession s = db.write()) {
            n = change.applyAsInt(s.getMapper(PrintJobMapper.class));
            s.commit();
        }
        if (n > 0) {
            fire.accept(StoreEvent.PRINTING);
        }
        return n;
    }

    /** The job as a row holds it; the setup is read only for a rerouted job (its main printer's name). */
    private static PrintJob job(SqlSession s, PrintJobRow r) {
        String from = r.reroutedFrom == null ? null
                : KitchenTickets.setup(s).printer(r.reroutedFrom).map(Printer::name).orElse(r.reroutedFrom);
        Ticket t = TicketJson.decode(r.ticketJson, r.id, r.reprintOf != null, r.possibleDuplicate, from);
        return new PrintJob(r.id, t.kind(), r.station, r.printer, r.reroutedFrom, r.orderId, r.orderNumber,
                r.tableLabel, PrintJob.Status.valueOf(r.status), r.attempts, r.lastError, r.possibleDuplicate,
                r.reprintOf, r.createdAt, r.printedAt == null ? OptionalLong.empty() : OptionalLong.of(r.printedAt),
                r.printedOn, t);
    }
}
