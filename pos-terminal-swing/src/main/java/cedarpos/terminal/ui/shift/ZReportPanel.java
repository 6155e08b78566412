package cedarpos.terminal.ui.shift;

import static cedarpos.terminal.ui.kit.Ui.transparent;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.shift.Cash;
import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.ZReport;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.EventQueue;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;

/**
 * A Z report on screen, in three columns: the drawer per currency (expected, counted, over or short) with its pay-ins
 * and pay-outs; sales with discounts, VAT and categories; payments by method and currency, and voids. Mirrors in
 * Arabic. Labels that tests read are named {@code zreport.<figure>[.<currency>]}.
 */
public final class ZReportPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final ResourceBundle messages;
    private final ComponentOrientation orientation;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final JLabel title;
    private final JLabel subtitle = named(styled(new JLabel(" "), "zreportSub"), "zreport.subtitle");
    private final JPanel columns = new JPanel(new GridBagLayout());

    public ZReportPanel(ResourceBundle messages, Locale locale) {
        super(new BorderLayout(0, 0));
        this.messages = messages;
        this.orientation = ComponentOrientation.getOrientation(locale);
        setBackground(Ui.color("CedarPos.panel.background"));
        setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, gap, gap * 2));
        title = named(styled(new JLabel(messages.getString("zreport.title")), "zreportTitle"), "zreport.title");
        JPanel head = transparent(new JPanel(new BorderLayout(gap, 0)));
        head.add(title, BorderLayout.LINE_START);
        head.add(subtitle, BorderLayout.CENTER);
        head.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(0, 0, gap / 2, 0)));
        add(head, BorderLayout.PAGE_START);
        columns.setOpaque(false);
        columns.setBorder(BorderFactory.createEmptyBorder(gap, 0, 0, 0));
        JScrollPane scroll = new JScrollPane(columns, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        applyComponentOrientation(orientation);
    }

    /** Shows {@code z}, replacing what was shown. */
    public void render(ZReport z) {
        assert EventQueue.isDispatchThread();
        subtitle.setText(MessageFormat.format(messages.getString("zreport.subtitle"), z.openedBy(),
                ShiftFormat.span(z.openedAtMs(), z.closedAtMs()), z.closedBy()));
        columns.removeAll();
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 0;
        c.fill = GridBagConstraints.BOTH;
        c.anchor = GridBagConstraints.FIRST_LINE_START;
        c.weighty = 1;
        c.insets = new Insets(0, 0, 0, gap * 2);
        c.gridx = 0;
        c.weightx = 0.40;
        columns.add(drawerColumn(z), c);
        c.gridx = 1;
        c.weightx = 0.30;
        columns.add(salesColumn(z), c);
        c.gridx = 2;
        c.weightx = 0.30;
        c.insets = new Insets(0, 0, 0, 0);
        columns.add(paymentsColumn(z), c);
        applyComponentOrientation(orientation);
        revalidate();
        repaint();
    }

    private JComponent drawerColumn(ZReport z) {
        Column col = new Column();
        col.section("zreport.drawer");
        Table t = new Table(3);
        t.row(label("", "zreportHead"), head("zreport.column.USD"), head("zreport.column.LBP"));
        ZReport.Drawer d = z.drawer();
        cashRow(t, "openingFloat", d.openingFloat(), false);
        cashRow(t, "cashTendered", d.cashTendered(), false);
        cashRow(t, "changeGiven", Cash.ZERO.minus(d.changeGiven()), false);
        cashRow(t, "payIns", d.payIns(), false);
        cashRow(t, "payOuts", Cash.ZERO.minus(d.payOuts()), false);
        cashRow(t, "refunded", Cash.ZERO.minus(d.refunded()), false);
        t.rule();
        cashRow(t, "expected", d.expected(), true);
        cashRow(t, "counted", d.counted(), true);
        t.row(label(messages.getString("zreport.difference"), "zreportStrong"),
                difference(d.difference().usd(), "zreport.difference.USD"),
                difference(d.difference().lbp(), "zreport.difference.LBP"));
        col.add(t);
        col.section("zreport.movements");
        if (z.movements().isEmpty()) {
            col.add(label(messages.getString("zreport.none"), "zreportDetail"));
        }
        for (DrawerMovement m : z.movements()) {
            Table row = new Table(2);
            Money effect = m.effect();
            row.row(label(messages.getString("shift.movement." + m.kind()) + " \u00b7 " + m.reason(), "zreportCell"),
                    amount(ShiftFormat.signed(effect), "zreportCell", "zreport.movement:" + m.reason()));
            col.add(row);
            col.add(label(m.approvedBy() == null ? MessageFormat.format(messages.getString("shift.movement.by"),
                    m.by()) : MessageFormat.format(messages.getString("shift.movement.approved"), m.by(),
                    m.approvedBy()), "zreportDetail"));
        }
        return col.done();
    }

    private JComponent salesColumn(ZReport z) {
        Column col = new Column();
        col.section("zreport.sales");
        Table t = new Table(2);
        t.row(label(messages.getString("zreport.checks"), "zreportCell"),
                amount(String.valueOf(z.checks()), "zreportCell", "zreport.checks"));
        moneyRow(t, messages.getString("zreport.gross"), z.grossSales(), "zreport.gross", "zreportCell");
        moneyRow(t, MessageFormat.format(messages.getString("zreport.discounts"), z.discountCount()),
                Money.of(-z.discounts().minor(), z.currency()), "zreport.discounts", "zreportCell");
        moneyRow(t, messages.getString("zreport.net"), z.netSales(), "zreport.net", "zreportStrong");
        moneyRow(t, messages.getString("zreport.vat"), z.vat(), "zreport.vat", "zreportCell");
        moneyRow(t, messages.getString("zreport.collected"), z.collected(), "zreport.collected", "zreportStrong");
        moneyRow(t, MessageFormat.format(messages.getString("zreport.refunds"), z.refundCount()),
                Money.of(-z.refunds().minor(), z.currency()), "zreport.refunds", "zreportCell");
        col.add(t);
        col.section("zreport.byCategory");
        Table cats = new Table(3);
        if (z.byCategory().isEmpty()) {
            col.add(label(messages.getString("zreport.none"), "zreportDetail"));
        }
        for (ZReport.CategorySales s : z.byCategory()) {
            String name = s.category().isEmpty() ? messages.getString("zreport.uncategorised") : s.category();
            cats.row(label(name, "zreportCell"), amount("\u00d7" + s.quantity(), "zreportDetail", null),
                    amount(s.amount().display(), "zreportCell", "zreport.category:" + name));
        }
        col.add(cats);
        return col.done();
    }

    private JComponent paymentsColumn(ZReport z) {
        Column col = new Column();
        col.section("zreport.payments");
        Table t = new Table(2);
        for (Tender.Method m : Tender.Method.values()) {
            for (Currency cur : new Currency[] {Currency.USD, Currency.LBP}) {
                ZReport.PaymentTotal p = z.payment(m, cur);
                moneyRow(t, messages.getString("zreport.payment." + m + "." + cur), p.net(),
                        "zreport.payment." + m + "." + cur, "zreportCell");
            }
        }
        col.add(t);
        col.section("zreport.voids");
        Table v = new Table(2);
        v.row(label(MessageFormat.format(messages.getString("zreport.voidCount"), z.voidCount()), "zreportCell"),
                amount(z.voidValue().display(), "zreportCell", "zreport.voidValue"));
        col.add(v);
        for (ZReport.VoidedLine line : z.voids()) {
            Table row = new Table(2);
            row.row(label(MessageFormat.format(messages.getString("zreport.void.line"), line.quantity(), line.item()),
                    "zreportCell"), amount(line.value().display(), "zreportDetail", null));
            col.add(row);
            JLabel why = label(MessageFormat.format(messages.getString("zreport.void.detail"), line.reason(),
                    line.by()), "zreportDetail");
            why.setToolTipText(why.getText());
            col.add(why);
        }
        return col.done();
    }

    private void cashRow(Table t, String key, Cash cash, boolean strong) {
        String style = strong ? "zreportStrong" : "zreportCell";
        t.row(label(messages.getString("zreport." + key), style),
                amount(ShiftFormat.amount(cash.usd()), style, "zreport." + key + ".USD"),
                amount(ShiftFormat.amount(cash.lbp()), style, "zreport." + key + ".LBP"));
    }

    private void moneyRow(Table t, String caption, Money m, String name, String style) {
        t.row(label(caption, style), amount(ShiftFormat.amount(m), style, name));
    }

    private JLabel difference(Money m, String name) {
        String style = m.minor() > 0 ? "zreportOver" : m.minor() < 0 ? "zreportShort" : "zreportStrong";
        return amount(ShiftFormat.signed(m), style, name);
    }

    private JLabel head(String key) {
        JLabel l = label(messages.getString(key), "zreportHead");
        l.setHorizontalAlignment(SwingConstants.TRAILING);
        return l;
    }

    private static JLabel label(String text, String style) {
        JLabel l = styled(new JLabel(text), style);
        l.setHorizontalAlignment(SwingConstants.LEADING);
        return l;
    }

    private static JLabel amount(String text, String style, String name) {
        JLabel l = styled(new JLabel(text), style);
        l.setHorizontalAlignment(SwingConstants.TRAILING);
        if (name != null) {
            l.setName(name);
        }
        return l;
    }


    /** A column of sections, stacked from the top, each as wide as the column. */
    private final class Column {
        private final JPanel panel = transparent(new JPanel(new GridBagLayout()));
        private int y;

        void section(String key) {
            JLabel l = label(messages.getString(key), "zreportSection");
            l.setBorder(BorderFactory.createEmptyBorder(y == 0 ? 0 : gap, 0, gap / 3, 0));
            add(l);
        }

        void add(JComponent c) {
            GridBagConstraints g = new GridBagConstraints();
            g.gridx = 0;
            g.gridy = y++;
            g.weightx = 1;
            g.fill = GridBagConstraints.HORIZONTAL;
            g.anchor = GridBagConstraints.FIRST_LINE_START;
            panel.add(c, g);
        }

        JComponent done() {
            GridBagConstraints g = new GridBagConstraints();
            g.gridy = y++;
            g.weighty = 1;
            panel.add(transparent(new JPanel()), g);
            return panel;
        }
    }

    /** Rows of a caption and amounts: the caption takes what the amounts leave. */
    private final class Table extends JPanel {
        private static final long serialVersionUID = 1L;
        private final int width;
        private int y;

        Table(int width) {
            super(new GridBagLayout());
            this.width = width;
            setOpaque(false);
        }

        void row(JComponent... cells) {
            for (int x = 0; x < cells.length; x++) {
                GridBagConstraints g = new GridBagConstraints();
                g.gridx = x;
                g.gridy = y;
                g.weightx = x == 0 ? 1 : 0;
                g.fill = GridBagConstraints.HORIZONTAL;
                g.insets = new Insets(3, x == 0 ? 0 : gap, 3, 0);
                add(cells[x], g);
            }
            y++;
        }

        void rule() {
            JPanel line = new JPanel();
            line.setBackground(Ui.color("CedarPos.panel.border"));
            line.setPreferredSize(new java.awt.Dimension(1, 1));
            GridBagConstraints g = new GridBagConstraints();
            g.gridx = 0;
            g.gridy = y++;
            g.gridwidth = width;
            g.fill = GridBagConstraints.HORIZONTAL;
            g.insets = new Insets(3, 0, 3, 0);
            add(line, g);
        }
    }
}
