package cedarpos.terminal.store;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.LineModifier;
import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.Modifiers;
import cedarpos.domain.Money;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.protocol.v1.AuditEventJson;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.store.LocalWrites.Ctx;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.KitchenTickets;
import cedarpos.terminal.store.internal.ReceiptTicket;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.StockClaims;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every local change of an order. Each builds the delta the operation may write
 * (checked with {@link Operations#checkOrder}, the server's own rule), joins it
 * into the stored state and re-materializes the rows it touched, all inside one
 * {@link LocalWrites} transaction; bad input throws before anything is written.
 */
final class OrderCommands {
    static final String SETTLED = "order is settled; a manager must reopen it";
    static final String CANCELLED = "order is cancelled; a manager must reopen it";

    /** What an operation does to an order as it stands. */
    @FunctionalInterface
    private interface Change {
        /** @return the delta, or throw when the change is not allowed */
        OrderState delta(OrderState current, MergedOrder now, Stamp stamp);
    }

    private final LocalWrites writes;
    /** The modifier groups a line is checked against: decoded once per catalog, not once per line added. */
    private final CashierCatalog cashier;

    OrderCommands(LocalWrites writes, CashierCatalog cashier) {
        this.cashier = cashier;
        this.writes = writes;
    }

    MergedOrder open(TableId table, int guests, List<NewLine> lines, String staffName) {
        if (lines == null) {
            throw new IllegalArgumentException("lines are required (an empty list opens an order without lines)");
        }
        requireGuests(guests);
        OrderId id = OrderId.random();
        return writes.write(c -> {
            requireTable(c, table);
            List<LineAdd> adds = adds(c, lines);
            Currency currency = currency(c, adds);
            OrderBirth birth = new OrderBirth(BranchId.parse(c.state().branchId),
                    TerminalId.parse(c.state().terminalId), currency, c.stamp().atMs(), staffName);
            OrderState delta = OrderState.open(id, birth, table, guests, adds, c.stamp());
            Operations.checkOrder(Operations.OPEN, delta, c.stamp());
            // a new order's state is its delta: one encoding serves the stored state and the outbox entry
            String json = OrderRepository.encode(delta, currency);
            MergedOrder m = OrderRepository.save(c.session(), delta, json, null, OrderRepository.PENDING, true);
            // a tracked dish claims its stock in this same transaction: pending until the server decides
            new StockClaims(c.session()).open(m, c.nowMs());
            return new Entry<>(Operations.ORDER, id.toString(), Operations.OPEN, json, m);
        });
    }

    MergedOrder addLines(OrderId id, List<NewLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("add at least one line");
        }
        return change(id, Operations.ADD_LINES, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            List<LineAdd> adds = adds(c, lines);
            if (cur.lines().size() + adds.size() > OrderState.MAX_LINES) {
                throw new IllegalArgumentException("an order cannot have more than " + OrderState.MAX_LINES
                        + " lines");
            }
            for (LineAdd a : adds) {
                if (a.line().unitPrice().currency() != now.currency()) {
                    throw new IllegalArgumentException("menu item " + a.line().menuItemId() + " is priced in "
                            + a.line().unitPrice().currency() + ", the order in " + now.currency());
                }
            }
            return OrderState.withLines(id, adds);
        });
    }

    MergedOrder changeQuantity(OrderId id, OrderLineId lineId, int quantity) {
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + OrderLine.MAX_QUANTITY + ", got "
                    + quantity);
        }
        return lineChange(id, lineId, Operations.EDIT_LINE,
                (c, line, now) -> LineEdit.quantity(c.stamp(), line.heads(), quantity));
    }

    MergedOrder changeNote(OrderId id, OrderLineId lineId, String note) {
        if (note != null && note.length() > LineAdd.MAX_NOTE) {
            throw new IllegalArgumentException("line note is at most " + LineAdd.MAX_NOTE + " characters, got "
                    + note.length());
        }
        return lineChange(id, lineId, Operations.EDIT_LINE,
                (c, line, now) -> LineEdit.note(c.stamp(), line.heads(), note == null || note.isBlank() ? ""
                        : note));
    }

    MergedOrder voidLine(OrderId id, OrderLineId lineId, String reason, String by) {
        return voidLine(id, lineId, reason, by, null);
    }

    /** @param approval the manager who approved voiding a line the kitchen has, audited; or null */
    MergedOrder voidLine(OrderId id, OrderLineId lineId, String reason, String by, Approval approval) {
        VoidMark mark = new VoidMark(reason, by);
        return lineChange(id, lineId, Operations.VOID_LINE, (c, line, now) -> {
            if (approval != null) {
                audit(c, approval, AuditEvent.Action.VOID_AFTER_SEND, id, now.line().quantity() + " x "
                        + now.line().name() + (now.sent() ? " (sent)" : ""), reason);
            }
            return LineEdit.voided(c.stamp(), line.heads(), mark);
        });
    }

    /**
     * Puts a discount on one line (null takes it off), approved by a manager and audited like a check discount.
     *
     * @param approval the manager who approved it, audited; or null (no staff set up)
     */
    MergedOrder setLineDiscount(OrderId id, OrderLineId lineId, Discount discount, Approval approval) {
        return lineChange(id, lineId, Operations.EDIT_LINE, (c, line, now) -> {
            if (discount == null && now.discount() == null) {
                throw new IllegalStateException("the line has no discount to take off");
            }
            if (discount != null && discount.of(now.line().total()).minor() == 0) {
                throw new IllegalArgumentException("a discount on " + now.line().name() + " must take something off");
            }
            if (approval != null) {
                audit(c, approval, AuditEvent.Action.DISCOUNT, id, now.line().quantity() + " x " + now.line().name()
                        + (discount == null ? ": discount taken off" : ": " + discount.describe(
                        now.line().unitPrice().currency())), discount == null ? "taken off" : discount.reason());
            }
            return LineEdit.discounted(c.stamp(), line.heads(), discount);
        });
    }

    MergedOrder sendToKitchen(OrderId id) {
        return change(id, Operations.SEND_LINES, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            OrderState delta = OrderState.empty(id);
            for (MergedLine l : now.lines()) {
                if (!l.isVoided() && !l.sent()) {
                    LineState line = cur.line(l.line().id());
                    delta = delta.join(OrderState.withEdit(id, l.line().id(),
                            LineEdit.sentToKitchen(stamp, line.heads())));
                }
            }
            if (delta.lines().isEmpty()) {
                throw new IllegalStateException("nothing to send: every standing line of order " + id
                        + " already went to the kitchen");
            }
            return delta;
        });
    }

    /**
     * Fires a held course: its lines that went to the kitchen on hold are to be made now.
     *
     * @throws IllegalStateException when no sent line of that course is waiting
     */
    MergedOrder fireCourse(OrderId id, int course) {
        return change(id, Operations.FIRE_COURSE, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            OrderState delta = OrderState.empty(id);
            for (MergedLine l : now.lines()) {
                if (!l.isVoided() && l.sent() && l.held() && l.course() == course) {
                    delta = delta.join(OrderState.withEdit(id, l.line().id(),
                            LineEdit.fired(stamp, cur.line(l.line().id()).heads())));
                }
            }
            if (delta.lines().isEmpty()) {
                throw new IllegalStateException("course " + course + " has no line held in the kitchen to fire");
            }
            return delta;
        });
    }

    /**
     * Pays one share of a split check with the tenders taken; the share that pays what is left settles the check.
     *
     * @throws IllegalStateException when the check changed since the share was computed, or is not payable
     */
    MergedOrder payShare(OrderId id, String label, Set<OrderLineId> lines, Money amount, Payment payment) {
        if (payment == null) {
            throw new IllegalArgumentException("the payment is required");
        }
        return change(id, Operations.PAY_PART, null, (c, cur, now, stamp) -> {
            requirePayable(now);
            try {
                return cur.payPart(new PartPayment(UUID.randomUUID(), label, lines, amount, payment, stamp), stamp);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage() + ": the check changed while it was being paid", e);
            }
        });
    }

    MergedOrder setDiscount(OrderId id, Discount discount) {
        return setDiscount(id, discount, null);
    }

    /** @param approval the manager who approved it, audited; or null */
    MergedOrder setDiscount(OrderId id, Discount discount, Approval approval) {
        return change(id, Operations.HEADER, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            if (approval != null) {
                String what = discount == null ? "discount removed"
                        : discount.describe(now.currency()) + " off " + now.subtotal().display();
                audit(c, approval, AuditEvent.Action.DISCOUNT, id, what, discount == null ? "removed"
                        : discount.reason());
            }
            return OrderState.withDiscount(id, discount, stamp);
        });
    }

    /** An audit event committed with the change it records. */
    private static void audit(Ctx c, Approval approval, AuditEvent.Action action, OrderId order, String detail,
                              String reason) {
        AuditEvent e = new AuditEvent(java.util.UUID.randomUUID(), c.stamp().atMs(), c.terminal(), approval.actor(),
                approval.manager(), action, order.toString(), detail, reason);
        c.alsoAppend(Operations.AUDIT, e.id().toString(), Operations.RECORD, AuditEventJson.encode(e).toString());
    }

    MergedOrder setGuests(OrderId id, int guests) {
        requireGuests(guests);
        return change(id, Operations.HEADER, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            return OrderState.withGuests(id, guests, stamp);
        });
    }

    MergedOrder moveTo(OrderId id, TableId table) {
        return change(id, Operations.HEADER, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            requireTable(c, table);
            return OrderState.withTable(id, table, stamp);
        });
    }

    MergedOrder settle(OrderId id) {
        return change(id, Operations.SETTLE, null, (c, cur, now, stamp) -> {
            requirePayable(now);
            return cur.settle(now.total().minor(), stamp);
        });
    }

    /** Settles with the tenders taken: they must pay what the check comes to, VAT handled as the payment says. */
    MergedOrder settle(OrderId id, Payment payment) {
        if (payment == null) {
            throw new IllegalArgumentException("the payment is required");
        }
        return change(id, Operations.SETTLE, null, (c, cur, now, stamp) -> {
            requirePayable(now);
            Money due = payment.vat().due(now.total());
            if (!payment.due().equals(due)) {
                throw new IllegalStateException("the check now comes to " + due.display() + ", not "
                        + payment.due().display() + ": it changed while it was being paid");
            }
            return cur.settle(payment, stamp);
        });
    }

    private static void requirePayable(MergedOrder now) {
        if (now.status() == OrderStatus.SETTLED) {
            throw new IllegalStateException("order is already settled");
        }
        if (now.status() == OrderStatus.CANCELLED) {
            throw new IllegalStateException("order is cancelled; there is nothing to pay");
        }
    }

    /** @param approval the manager who approved it, audited with {@code reason}; or null (no staff set up) */
    MergedOrder reopen(OrderId id, Approval approval, String reason) {
        if (approval != null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("say why the check is reopened");
        }
        return change(id, Operations.REOPEN, null, (c, cur, now, stamp) -> {
            if (now.status() != OrderStatus.SETTLED && now.status() != OrderStatus.CANCELLED) {
                throw new IllegalStateException("order is open; there is nothing to reopen");
            }
            if (approval != null) {
                audit(c, approval, AuditEvent.Action.REOPEN, id, now.status().name().toLowerCase() + " check of "
                        + now.total().display(), reason.strip());
            }
            return OrderState.reopened(id, stamp);
        });
    }

    /** @see Refunding */
    MergedOrder refund(OrderId id, Set<OrderLineId> lines, Money amount, Tender paidBack, Approval approval,
                       String reason) {
        Refunding.requireInput(amount, paidBack, approval, reason);
        return change(id, Operations.REFUND, Set.of(), (c, cur, now, stamp) -> {
            Refund r = Refunding.refund(now, lines, amount, paidBack, approval, reason, stamp);
            OrderState delta = cur.refund(r, stamp);
            audit(c, approval, AuditEvent.Action.REFUND, id, Refunding.describe(r), r.reason());
            return delta;
        });
    }

    MergedOrder cancel(OrderId id) {
        return change(id, Operations.CANCEL, null, (c, cur, now, stamp) -> {
            if (now.status() == OrderStatus.SETTLED) {
                throw new IllegalStateException(SETTLED);
            }
            if (now.status() == OrderStatus.CANCELLED) {
                throw new IllegalStateException("order is already cancelled");
            }
            return OrderState.cancelled(id, stamp);
        });
    }

    @FunctionalInterface
    private interface LineChange {
        /** @param now the line as it stands */
        LineEdit edit(Ctx c, LineState line, MergedLine now);
    }

    private MergedOrder lineChange(OrderId id, OrderLineId lineId, String op, LineChange change) {
        if (lineId == null) {
            throw new IllegalArgumentException("line id is required");
        }
        return change(id, op, Set.of(lineId), (c, cur, now, stamp) -> {
            requireOpen(now);
            MergedLine line = now.lines().stream().filter(l -> l.line().id().equals(lineId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("order " + id + " has no line " + lineId));
            if (line.isVoided()) {
                throw new IllegalStateException("line " + line.line().name() + " is voided; it cannot change");
            }
            return OrderState.withEdit(id, lineId, change.edit(c, cur.line(lineId), line));
        });
    }

    @FunctionalInterface
    private interface Body {
        OrderState delta(Ctx c, OrderState current, MergedOrder now, Stamp stamp);
    }

    /**
     * @param lines the lines whose rows to rewrite: null for every line (a settlement can flag any),
     *              otherwise those named plus those the delta carries
     */
    private MergedOrder change(OrderId id, String op, Set<OrderLineId> lines, Body body) {
        if (id == null) {
            throw new IllegalArgumentException("order id is required");
        }
        return writes.write(c -> {
            OrderState current = OrderRepository.load(c.session(), id);
            if (current == null) {
                throw new IllegalArgumentException("unknown order " + id);
            }
            MergedOrder now = current.merge();
            if (now == null) {
                throw new IllegalStateException("order " + id + " has not been opened on this terminal yet");
            }
            OrderState delta = body.delta(c, current, now, c.stamp());
            Operations.checkOrder(op, delta, c.stamp());
            OrderState joined = current.join(delta);
            Set<OrderLineId> touched = null;
            if (lines != null) {
                touched = new HashSet<>(lines);
                touched.addAll(delta.lines().keySet());
            }
            MergedOrder m = OrderRepository.save(c.session(), joined, touched, OrderRepository.PENDING, true);
            // the kitchen's tickets commit with the change that owes them (docs/printing.md)
            if (Operations.VOID_LINE.equals(op)) {
                new KitchenTickets(c.session(), c.nowMs()).voided(joined, m, c.terminal(), touched);
            } else if (Operations.SEND_LINES.equals(op)) {
                new KitchenTickets(c.session(), c.nowMs()).sent(now, m, delta.lines().keySet());
            } else if (Operations.FIRE_COURSE.equals(op)) {
                new KitchenTickets(c.session(), c.nowMs()).fire(m, delta.lines().keySet());
            } else if (Operations.SETTLE.equals(op) && m.paidWith() != null) {
                ReceiptTicket.queue(c.session(), m, null, false, c.nowMs());
            } else if (Operations.PAY_PART.equals(op)) {
                for (PartPayment part : delta.parts().values()) {
                    ReceiptTicket.queue(c.session(), m, part, false, c.nowMs());
                }
            }
            new StockClaims(c.session()).refresh(m, touched, c.nowMs());
            return entry(op, delta, now.currency(), m);
        });
    }

    private static Entry<MergedOrder> entry(String op, OrderState delta, Currency currency, MergedOrder result) {
        return new Entry<>(Operations.ORDER, delta.id().toString(), op, OrderRepository.encode(delta, currency),
                result);
    }

    private static void requireOpen(MergedOrder now) {
        if (now.status() == OrderStatus.SETTLED) {
            throw new IllegalStateException(SETTLED);
        }
        if (now.status() == OrderStatus.CANCELLED) {
            throw new IllegalStateException(CANCELLED);
        }
    }

    private static void requireGuests(int guests) {
        if (guests < 0 || guests > OrderState.MAX_GUESTS) {
            throw new IllegalArgumentException("guest count must be between 0 and " + OrderState.MAX_GUESTS
                    + ", got " + guests);
        }
    }

    private static void requireTable(Ctx c, TableId table) {
        if (table != null && c.session().getMapper(CatalogMapper.class).tableExists(table.toString()) == 0) {
            throw new IllegalArgumentException("unknown table " + table);
        }
    }

    /**
     * Lines priced from the local menu, each born with the write's stamp. Lines of one write share
     * their stamp, and the merge orders such lines by id: their ids are drawn at random and handed
     * out in sorted order, so the check lists them as the cashier entered them.
     */
    private List<LineAdd> adds(Ctx c, List<NewLine> lines) {
        CatalogMapper catalog = c.session().getMapper(CatalogMapper.class);
        List<OrderLineId> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ids.add(OrderLineId.random());
        }
        ids.sort(Comparator.comparing(OrderLineId::toString));
        List<LineAdd> adds = new ArrayList<>();
        List<ModifierGroup> groups = null;
        for (NewLine line : lines) {
            if (line == null) {
                throw new IllegalArgumentException("a line is missing");
            }
            MenuRow row = catalog.item(line.item().toString());
            if (row == null) {
                throw new IllegalArgumentException("unknown menu item " + line.item());
            }
            MenuItem item = RowMapping.menuItem(row);
            if (groups == null) {
                groups = cashier.modifierGroups();
            }
            List<LineModifier> modifiers = Modifiers.choose(item.id(), item.nameEn(), groups, line.modifiers());
            adds.add(new LineAdd(new OrderLine(ids.get(adds.size()), item.id(), item.nameEn(), line.quantity(),
                    Modifiers.price(item.price(), modifiers)), modifiers, line.note(), c.stamp(), line.seat(),
                    line.course()));
        }
        return adds;
    }

    /** The branch currency from the catalog; every line must be priced in it. */
    private static Currency currency(Ctx c, List<LineAdd> adds) {
        Currency currency = c.state().currency != null ? Currency.parse(c.state().currency)
                : adds.isEmpty() ? null : adds.get(0).line().unitPrice().currency();
        if (currency == null) {
            throw new IllegalStateException("no catalog yet: the branch currency is unknown");
        }
        for (LineAdd a : adds) {
            if (a.line().unitPrice().currency() != currency) {
                throw new IllegalArgumentException("menu item " + a.line().menuItemId() + " is priced in "
                        + a.line().unitPrice().currency() + ", the branch in " + currency);
            }
        }
        return currency;
    }
}
