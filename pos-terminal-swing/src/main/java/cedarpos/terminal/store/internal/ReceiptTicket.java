package cedarpos.terminal.store.internal;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.terminal.printing.OrderNumber;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.printing.Ticket.TicketLine;
import cedarpos.terminal.printing.Ticket.TotalRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;

/**
 * The customer's receipt for a settled order (or one share of a split check, with the lines it paid for), queued
 * for the terminal's receipt printer inside the caller's transaction: the dishes with their amounts, subtotal and
 * discount, VAT as the payment stamped it, the total in both currencies at the rate the payment used, the tenders
 * and the change. The dishes carry their Arabic names and the main labels both languages, so a receipt prints as a
 * picture (the printer's code page has no Arabic).
 */
public final class ReceiptTicket {
    private ReceiptTicket() {
    }

    /**
     * Queues the receipts of a settled check: one for the whole check, or, for a check split into shares, one per
     * share.
     *
     * @param reprint a copy asked for again: each ticket says REPRINT
     * @return the job numbers; empty when this terminal has no receipt printer
     * @throws IllegalStateException when the order is not settled
     */
    public static List<Long> queue(SqlSession s, MergedOrder m, boolean reprint, long nowMs) {
        if (m.status() != OrderStatus.SETTLED || m.payments().isEmpty()) {
            throw new IllegalStateException("order " + OrderNumber.of(m.id()) + " is not paid: no receipt to print");
        }
        List<Long> jobs = new ArrayList<>();
        if (m.paidWith() != null) {
            queue(s, m, null, reprint, nowMs).ifPresent(jobs::add);
        }
        for (PartPayment part : m.parts()) {
            queue(s, m, part, reprint, nowMs).ifPresent(jobs::add);
        }
        return jobs;
    }

    /**
     * Queues the receipt of one payment: the whole check's ({@code part} null) or one share's.
     *
     * @return the job number, or empty when this terminal has no receipt printer
     */
    public static Optional<Long> queue(SqlSession s, MergedOrder m, PartPayment part, boolean reprint, long nowMs) {
        PrintingSetup setup = KitchenTickets.setup(s);
        Optional<Printer> printer = setup.receiptPrinter(KitchenTickets.terminal(s));
        if (printer.isEmpty()) {
            return Optional.empty();
        }
        String table = m.tableId() == null ? null : OrderRepository.bareTableLabel(s, m.tableId().toString());
        String terminalName = s.getMapper(StateMapper.class).find().terminalName;
        // the dishes as the kitchen's tickets look them up (today's menu, read once per dish)
        KitchenTickets dishes = new KitchenTickets(s, nowMs);
        Ticket t = of(m, part, printer.get().name(), table, terminalName, reprint, nowMs,
                id -> dishes.item(id).map(MenuItem::nameAr).orElse(null));
        // a copy points at the receipt printed before, which is what makes it say REPRINT (none before: an original)
        Long copyOf = !reprint ? null : s.getMapper(PrintJobMapper.class).ofOrder(m.id().toString()).stream()
                .filter(r -> Ticket.Kind.RECEIPT.name().equals(r.kind)).map(r -> r.reprintOf != null ? r.reprintOf
                        : r.id).reduce((first, later) -> later).orElse(null);
        return Optional.of(KitchenTickets.insert(s, t, null, printer.get().code(), m.id(), null, copyOf, nowMs));
    }

    /** @param arabic each dish's Arabic name from today's menu (a dish gone from it prints in English only) */
    static Ticket of(MergedOrder m, PartPayment part, String printerName, String table, String terminalName,
                     boolean reprint, long nowMs, Function<MenuItemId, String> arabic) {
        Payment p = part == null ? m.paidWith() : part.payment();
        List<TicketLine> lines = new ArrayList<>();
        for (MergedLine l : m.lines()) {
            if (!l.isVoided() && (part == null || part.lines().contains(l.line().id()))) {
                lines.add(new TicketLine(l.line().quantity(), l.line().name(), arabic.apply(l.line().menuItemId()),
                        l.modifiers().stream().map(cedarpos.domain.LineModifier::nameEn).toList(), null, l.seat(),
                        null, null, l.total().display()));
            }
        }
        List<TotalRow> totals = new ArrayList<>();
        Money net = part == null ? m.total() : part.amount();
        if (part == null) {
            totals.add(new TotalRow("Subtotal / \u0627\u0644\u0645\u062c\u0645\u0648\u0639", m.subtotal().display(),
                    false));
            if (m.discount() != null) {
                totals.add(new TotalRow("Discount / \u062d\u0633\u0645", "-" + m.discountAmount().display(), false));
            }
        } else {
            totals.add(new TotalRow(part.label(), part.amount().display(), false));
            totals.add(new TotalRow("Check total", m.total().display(), false));
        }
        Money vat = p.vat().of(net);
        if (p.vat().basisPoints() > 0) {
            totals.add(new TotalRow("VAT " + p.vat().percent() + (p.vat().included() ? " (included)" : "")
                    + " / \u0636\u0631\u064a\u0628\u0629", vat.display(), false));
        }
        totals.add(new TotalRow(part == null ? "Total / \u0627\u0644\u0645\u062c\u0645\u0648\u0639 \u0627\u0644\u0643\u0644\u064a"
                : "Paid now", p.due().display(), true));
        List<String> notes = new ArrayList<>();
        if (p.rate() != null) {
            Currency other = p.due().currency() == Currency.USD ? Currency.LBP : Currency.USD;
            totals.add(new TotalRow("Total " + other.name(), p.rate().convert(p.due(), other).display(), true));
            notes.add("Rate: $1 = " + Money.of(p.rate().lbpPerUsd(), Currency.LBP).display());
        }
        for (Tender tender : p.tenders()) {
            String how = tender.method() == Tender.Method.CASH ? "Cash " + tender.amount().currency().name() : "Card";
            totals.add(new TotalRow(how, tender.amount().display(), false));
        }
        if (p.change().minor() > 0) {
            totals.add(new TotalRow("Change " + p.change().currency().name(), p.change().display(), false));
        }
        notes.add(terminalName);
        notes.add("Thank you - \u0634\u0643\u0631\u0627\u064b \u0644\u0632\u064a\u0627\u0631\u062a\u0643\u0645");
        return new Ticket(Ticket.Kind.RECEIPT, 0, printerName, OrderNumber.of(m.id()), table, m.staffName(), nowMs,
                lines, totals, notes, reprint, false, null);
    }
}
