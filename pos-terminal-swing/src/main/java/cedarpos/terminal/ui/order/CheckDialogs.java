package cedarpos.terminal.ui.order;

import cedarpos.domain.DiningTable;
import cedarpos.domain.Discount;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.Approval;
import cedarpos.terminal.store.FloorTable;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.store.OrderBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.ManagerGate;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The order screen's changes to a saved check that ask the cashier something first: voiding a line (a manager
 * approves a line the kitchen has), a discount on the check or a line (a manager approves), and moving the check
 * to a free table or joining it to another table's check. The presenter owns the check on screen and the saving;
 * this asks, checks and says what happened. UI thread only. A seam of its own because each of these goes through a
 * dialog (and maybe a manager) before the book is written; named after that, not after what the presenter left out.
 */
final class CheckDialogs {
    private static final Logger LOG = Logger.getLogger(CheckDialogs.class.getName());

    private final OrderBook orders;
    private final FloorBook floor;
    private final OrderView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private final ManagerGate gate;
    private final OrderPresenter screen;

    CheckDialogs(OrderBook orders, FloorBook floor, OrderView view, Threads threads, ResourceBundle messages,
                 ManagerGate gate, OrderPresenter screen) {
        this.orders = orders;
        this.floor = floor;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.gate = gate;
        this.screen = screen;
    }

    /**
     * Asks why, then voids a line of the saved order. A line the kitchen already has needs a manager: the
     * signed-in manager, or a manager's PIN on this session; the void is then audited.
     */
    void voidLine(OrderLineId line) {
        MergedOrder current = screen.shown();
        if (current == null) {
            return;
        }
        MergedLine target = current.lines().stream().filter(l -> l.line().id().equals(line)).findFirst()
                .orElse(null);
        if (target == null) {
            return;
        }
        String reason = view.askVoidReason(target.line().name());
        if (reason == null || reason.isBlank()) {
            return;
        }
        OrderId order = current.id();
        String by = screen.staff().name();
        String why = reason.strip();
        if (!target.sent()) {
            screen.save(() -> screen.loaded(orders.voidLine(order, line, why, by)), screen::show, "order.voidFailed");
            return;
        }
        approved(MessageFormat.format(messages.getString("approve.void"), target.line().quantity(),
                        target.line().name()),
                approval -> screen.loaded(orders.voidLine(order, line, why, by, approval)), screen::show,
                "order.voidFailed");
    }

    /** Asks for a discount on the saved check or one of its lines, approved by a manager and audited. */
    void discount() {
        MergedOrder current = screen.changeable();
        if (current == null) {
            return;
        }
        List<DiscountRequest.Target> targets = current.lines().stream().filter(l -> !l.isVoided())
                .map(l -> new DiscountRequest.Target(l.line().id(), l.line().quantity() + " \u00d7 "
                        + screen.shownName(l), l.line().total())).toList();
        DiscountRequest asked = view.askDiscount(current.subtotal(), targets);
        if (asked == null) {
            return;
        }
        DiscountRequest.Target line = asked.line() == null ? null : targets.stream()
                .filter(t -> t.line().equals(asked.line())).findFirst().orElse(null);
        Discount d;
        try {
            d = asked.toDiscount(line == null ? current.subtotal() : line.total(), messages);
        } catch (IllegalArgumentException e) {
            view.showNotice(e.getMessage(), true);
            return;
        }
        OrderId order = current.id();
        String what = line == null ? MessageFormat.format(messages.getString("approve.discount"),
                d.describe(current.currency())) : MessageFormat.format(messages.getString("approve.lineDiscount"),
                d.describe(current.currency()), line.label());
        approved(what, approval -> screen.loaded(line != null ? orders.setLineDiscount(order, line.line(), d,
                        approval) : orders.setDiscount(order, d, approval)),
                loaded -> {
                    screen.show(loaded);
                    view.showNotice(MessageFormat.format(messages.getString("discount.applied"),
                            d.describe(loaded.order().currency()), loaded.order().total().display()), false);
                }, "discount.failed");
    }

    /**
     * Moves the saved check to a table with none open (the guests changed tables), or joins it to another table's
     * open check (the guests sat together): its lines go over as they were and this check is closed.
     */
    void move() {
        MergedOrder current = screen.changeable();
        if (current == null) {
            return;
        }
        OrderId order = current.id();
        TableId from = current.tableId();
        threads.onIo(floor::plan).thenAcceptAsync(plan -> {
            List<DiningTable> free = plan.stream().filter(t -> t.openCheck() == null && !t.table().id().equals(from))
                    .map(FloorTable::table).toList();
            List<FloorTable> taken = plan.stream().filter(t -> t.openCheck() != null
                    && !t.openCheck().id().equals(order)).toList();
            if (free.isEmpty() && taken.isEmpty()) {
                view.showNotice(messages.getString("move.noFreeTable"), true);
                return;
            }
            TableId to = view.askMoveTo(screen.choices(free), screen.choices(taken.stream().map(FloorTable::table)
                    .toList()));
            if (to == null) {
                return;
            }
            String label = plan.stream().filter(t -> t.table().id().equals(to)).map(t -> t.table().label())
                    .findFirst().orElse("?");
            MergedOrder other = taken.stream().filter(t -> t.table().id().equals(to)).map(FloorTable::openCheck)
                    .findFirst().orElse(null);
            screen.save(() -> screen.loaded(other == null ? orders.moveTo(order, to)
                            : orders.join(order, other.id())),
                    loaded -> {
                        screen.show(loaded);
                        screen.atTable(to);
                        view.showNotice(MessageFormat.format(messages.getString(other == null ? "move.done"
                                : "move.joined"), label, loaded.order().total().display()), false);
                    }, other == null ? "move.failed" : "move.joinFailed");
        }, threads.edt()).exceptionally(e -> {
            LOG.log(Level.SEVERE, "move failed", e);
            return null;
        });
    }

    /** Runs {@code work} (on the IO thread) with a manager's approval: see {@link ManagerGate}. */
    private void approved(String what, Function<Approval, Loaded> work, Consumer<Loaded> done, String failureKey) {
        Supplier<Approval> approval = gate.ask(screen.staff(), what);
        if (approval != null) {
            screen.save(() -> work.apply(approval.get()), done, failureKey);
        }
    }
}
