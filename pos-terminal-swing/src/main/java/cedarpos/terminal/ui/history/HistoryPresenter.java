package cedarpos.terminal.ui.history;

import cedarpos.domain.DiningTable;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.Approval;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.store.OrderBook;
import cedarpos.terminal.store.PaymentBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.ManagerGate;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The order history: today's checks on this till, newest first, and the one selected with its lines and payments;
 * a paid check's receipt printed again, money given back on it ({@link RefundForm}), and a paid or cancelled check
 * reopened with a manager's approval (audited), which takes it to the order screen. Store work runs off the UI thread. UI thread only.
 */
public final class HistoryPresenter {
    private static final Logger LOG = Logger.getLogger(HistoryPresenter.class.getName());
    /** More checks than a day of one till ever has; the list stays quick to load and to read. */
    static final int MAX_ROWS = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Prints a check's customer receipt, on the IO thread; throws with a message for the cashier when it cannot. */
    @FunctionalInterface
    public interface Receipts {
        void print(OrderId order, boolean reprint);
    }

    private final OrderBook orderBook;
    private final PaymentBook payments;
    private final FloorBook floor;
    private final HistoryView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private final Clock clock;
    private final ManagerGate gate;
    private final Receipts receipts;
    private final Consumer<OrderId> reopened;
    private final java.util.function.Function<MergedLine, String> names;
    private StaffMember staff;
    private List<MergedOrder> orders = List.of();
    private Map<TableId, String> tables = Map.of();
    private OrderId selected;
    private boolean busy;

    /**
     * @param reopened shows a reopened check on the order screen
     * @param names    a line's dish as the screen's language names it
     */
    public HistoryPresenter(OrderBook orderBook, PaymentBook payments, FloorBook floor, CashierCatalog cashier,
                            HistoryView view, Threads threads, ResourceBundle messages, Clock clock, Receipts receipts,
                            Consumer<OrderId> reopened, java.util.function.Function<MergedLine, String> names) {
        this.orderBook = orderBook;
        this.payments = payments;
        this.floor = floor;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.clock = clock;
        this.gate = new ManagerGate(cashier, view::askManagerPin, messages);
        this.receipts = receipts;
        this.reopened = reopened;
        this.names = names;
    }

    public void setStaff(StaffMember who) {
        staff = who;
    }

    /** Loads today's checks (since local midnight). */
    public void load() {
        long since = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
        threads.onIo(() -> new Loaded(orderBook.recent(since, MAX_ROWS), floor.tables()))
                .thenAcceptAsync(l -> {
                    orders = l.orders();
                    tables = l.tables().stream().collect(Collectors.toMap(DiningTable::id, DiningTable::label));
                    if (selected != null && orders.stream().noneMatch(o -> o.id().equals(selected))) {
                        selected = null;
                    }
                    render();
                }, threads.edt()).exceptionally(e -> failed("history load failed", e));
    }

    public void select(OrderId id) {
        selected = id;
        view.showMessage("", false);
        render();
    }

    /** Prints the selected paid check's receipt again, marked as a copy. */
    public void reprint() {
        MergedOrder o = current();
        if (o == null || o.status() != OrderStatus.SETTLED || busy) {
            return;
        }
        run(() -> receipts.print(o.id(), true), () -> view.showMessage(text("history.reprinted",
                tableOf(o)), false), "history.reprintFailed");
    }

    /** Reopens the selected paid or cancelled check: a manager approves, the reason is audited. */
    public void reopen() {
        MergedOrder o = current();
        if (o == null || !closed(o) || busy) {
            return;
        }
        String what = text("approve.reopen", tableOf(o), o.total().display());
        Supplier<Approval> approval = gate.ask(staff, what);
        if (approval == null) {
            return;
        }
        String reason = view.askReason(what);
        if (reason == null || reason.isBlank()) {
            return;
        }
        OrderId id = o.id();
        run(() -> orderBook.reopen(id, approval.get(), reason), () -> reopened.accept(id), "history.reopenFailed");
    }

    /**
     * Gives money back on the selected paid check: a manager approves (one signed in approves themselves), fills in
     * the refund, and it is written with its audit event.
     */
    public void refund() {
        MergedOrder o = current();
        if (o == null || !refundable(o) || busy) {
            return;
        }
        Supplier<Approval> approval = gate.ask(staff, text("approve.refund", tableOf(o), o.refundable().display()));
        if (approval == null) {
            return;
        }
        // the PIN is checked before the manager fills in the refund, not after
        threads.onIo(approval::get).whenCompleteAsync((approved, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                view.showMessage(text("history.refundFailed", cause.getMessage()), true);
            } else {
                fillIn(o, approved);
            }
        }, threads.edt());
    }

    private void fillIn(MergedOrder o, Approval approved) {
        RefundForm form = new RefundForm(o, names, messages);
        if (!view.askRefund(text("refund.title", tableOf(o)), form)) {
            return;
        }
        RefundForm.Request r = form.request();
        if (r == null) {
            return;
        }
        OrderId id = o.id();
        run(() -> payments.refund(id, r.lines(), r.amount(), r.paidBack(), approved, r.reason()),
                () -> view.showMessage(text("history.refunded", r.amount().display(), tableOf(o)), false),
                "history.refundFailed");
    }

    private void run(Runnable work, Runnable done, String failureKey) {
        busy = true;
        render();
        threads.onIo(() -> {
            work.run();
            return null;
        }).whenCompleteAsync((ok, error) -> {
            busy = false;
            if (error == null) {
                done.run();
                load();
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                LOG.log(Level.WARNING, failureKey, cause);
                view.showMessage(text(failureKey, cause.getMessage()), true);
                render();
            }
        }, threads.edt());
    }

    private void render() {
        ZoneId zone = clock.getZone();
        List<HistoryView.Row> rows = new ArrayList<>();
        for (MergedOrder o : orders) {
            rows.add(new HistoryView.Row(o.id(), TIME.format(Instant.ofEpochMilli(o.openedAtMs()).atZone(zone)),
                    tableOf(o), o.staffName() == null ? "" : o.staffName(), o.total().display(),
                    messages.getString("history.status." + o.status().name()), o.id().equals(selected)));
        }
        view.showOrders(rows);
        MergedOrder o = current();
        view.showDetail(o == null ? null : new HistoryView.Detail(text("history.detailTitle", tableOf(o),
                TIME.format(Instant.ofEpochMilli(o.openedAtMs()).atZone(zone))), lines(o), payments(o),
                o.total().display(), !busy && o.status() == OrderStatus.SETTLED, !busy && closed(o), refunds(o),
                !busy && refundable(o)));
    }

    private List<String> lines(MergedOrder o) {
        List<String> out = new ArrayList<>();
        for (MergedLine l : o.lines()) {
            String line = l.line().quantity() + " \u00d7 " + names.apply(l) + "   " + l.line().total().display();
            out.add(l.isVoided() ? text("history.voidedLine", line, l.voided().reason()) : line);
        }
        if (o.discount() != null) {
            out.add(text("history.discount", o.discount().describe(o.currency()), o.discountAmount().display()));
        }
        return out;
    }

    private List<String> payments(MergedOrder o) {
        List<String> out = new ArrayList<>();
        for (PartPayment p : o.parts()) {
            out.add(p.label() + " \u00b7 " + p.amount().display());
            out.addAll(tenders(p.payment()));
        }
        if (o.paidWith() != null) {
            out.addAll(tenders(o.paidWith()));
        }
        return out;
    }

    private List<String> refunds(MergedOrder o) {
        List<String> out = new ArrayList<>();
        for (Refund r : o.refunds()) {
            out.add(text("history.refundLine", r.amount().display(), text("history.refundHow."
                    + r.paidBack().method().name(), r.paidBack().amount().display()), r.reason(), r.approvedBy()));
        }
        return out;
    }

    private static boolean refundable(MergedOrder o) {
        return o.status() == OrderStatus.SETTLED && o.refundable().minor() > 0;
    }

    private List<String> tenders(Payment p) {
        List<String> out = new ArrayList<>();
        for (Tender t : p.tenders()) {
            out.add(text("history.tender." + t.method().name(), t.amount().display()));
        }
        if (p.change().minor() > 0) {
            out.add(text("history.change", p.change().display()));
        }
        return out;
    }

    private MergedOrder current() {
        return selected == null ? null : orders.stream().filter(o -> o.id().equals(selected)).findFirst()
                .orElse(null);
    }

    private String tableOf(MergedOrder o) {
        return o.tableId() == null ? messages.getString("history.counter")
                : tables.getOrDefault(o.tableId(), "?");
    }

    private static boolean closed(MergedOrder o) {
        return o.status() == OrderStatus.SETTLED || o.status() == OrderStatus.CANCELLED;
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }

    private Void failed(String what, Throwable e) {
        LOG.log(Level.SEVERE, what, e);
        return null;
    }

    /** The screen's checks, newest first (for tests). */
    public List<MergedOrder> orders() {
        return orders;
    }

    private record Loaded(List<MergedOrder> orders, List<DiningTable> tables) {
    }
}
