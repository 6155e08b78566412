package cedarpos.terminal.store.internal;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
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
import org.apache.ibatis.session.SqlSession;

/**
 * The customer's receipt for a settled order, queued for the terminal's receipt printer inside the caller's
 * transaction: the dishes with their amounts, subtotal and discount, VAT as the payment stamped it, the total in both
 * currencies at the rate the payment used, the tenders and the change. Labels are English: the Arabic is the dishes'
 * own names.
 */
public final class ReceiptTicket {
    private ReceiptTicket() {
    }

    /**
     * @return the job number, or empty when this terminal has no receipt printer
     * @throws IllegalStateException when the order is not settled with its payment stamped
     */
    public static Optional<Long> queue(SqlSession s, MergedOrder m, long nowMs) {
        if (m.status() != OrderStatus.SETTLED || m.paidWith() == null) {
            throw new IllegalStateException("order " + OrderNumber.of(m.id()) + " is not paid: no receipt to print");
        }
        PrintingSetup setup = KitchenTickets.setup(s);
        Optional<Printer> printer = setup.receiptPrinter(KitchenTickets.terminal(s));
        if (printer.isEmpty()) {
            return Optional.empty();
        }
        String table = m.tableId() == null ? null : OrderRepository.bareTableLabel(s, m.tableId().toString());
        String terminalName = s.getMapper(StateMapper.class).find().terminalName;
        Ticket t = of(m, printer.get().name(), table, terminalName, nowMs);
        return Optional.of(KitchenTickets.insert(s, t, null, printer.get().code(), m.id(), null, null, nowMs));
    }

    static Ticket of(MergedOrder m, String printerName, String table, String terminalName, long nowMs) {
        Payment p = m.paidWith();
        List<TicketLine> lines = new ArrayList<>();
        for (MergedLine l : m.lines()) {
            if (!l.isVoided()) {
                lines.add(new TicketLine(l.line().quantity(), l.line().name(), null,
                        l.modifiers().stream().map(cedarpos.domain.LineModifier::nameEn).toList(), null, null, null,
                        null, l.total().display()));
            }
        }
        List<TotalRow> totals = new ArrayList<>();
        totals.add(new TotalRow("Subtotal", m.subtotal().display(), false));
        if (m.discount() != null) {
            totals.add(new TotalRow("Discount", "-" + m.discountAmount().display(), false));
        }
        Money vat = p.vat().of(m.total());
        if (p.vat().basisPoints() > 0) {
            totals.add(new TotalRow("VAT " + p.vat().percent() + (p.vat().included() ? " (included)" : ""),
                    vat.display(), false));
        }
        totals.add(new TotalRow("Total", p.due().display(), true));
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
        notes.add("Thank you");
        return new Ticket(Ticket.Kind.RECEIPT, 0, printerName, OrderNumber.of(m.id()), table, m.staffName(), nowMs,
                lines, totals, notes, false, false, null);
    }
}
