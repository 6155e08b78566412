package cedarpos.terminal.ui.history;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;
import static cedarpos.terminal.ui.kit.Ui.transparent;

import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.kit.ManagerPinDialog;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridLayout;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * The order history screen: today's checks as a list of touch rows, and the selected one with its lines, its
 * payments and what can be done with it. Passive: the presenter decides. Mirrored for Arabic.
 */
public final class HistoryPanel extends JPanel implements HistoryView {
    private static final long serialVersionUID = 1L;

    private final ResourceBundle messages;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final int touch = Ui.size("CedarPos.touchHeight", 56);
    private final JPanel list = transparent(new JPanel(new GridLayout(0, 1, 0, 4)));
    private final JLabel title = named(styled(new JLabel(" "), "sectionTitle"), "history.detailTitle");
    private final JPanel lines = transparent(new JPanel());
    private final JLabel total = named(styled(new JLabel(" "), "total"), "history.total");
    private final JLabel message = named(styled(new JLabel(" "), "notice"), "history.message");
    private final JButton reprint;
    private final JButton reopen;
    private final JButton refund;
    private final JPanel detail;
    private HistoryPresenter presenter;

    public HistoryPanel(ResourceBundle messages) {
        super(new BorderLayout(Ui.size("CedarPos.gap", 10) * 2, 0));
        this.messages = messages;
        setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        reprint = named(styled(new JButton(messages.getString("history.reprint")), "secondary"), "history.reprint");
        reopen = named(styled(new JButton(messages.getString("history.reopen")), "secondary"), "history.reopen");
        refund = named(styled(new JButton(messages.getString("history.refund")), "secondary"), "history.refund");

        JPanel left = transparent(new JPanel(new BorderLayout(0, gap)));
        left.add(styled(new JLabel(messages.getString("history.title")), "sectionTitle"), BorderLayout.PAGE_START);
        left.add(Ui.verticalScroll(list), BorderLayout.CENTER);
        left.setPreferredSize(new Dimension(470, 10));
        add(left, BorderLayout.LINE_START);

        lines.setLayout(new BoxLayout(lines, BoxLayout.PAGE_AXIS));
        detail = transparent(new JPanel(new BorderLayout(0, gap)));
        detail.add(title, BorderLayout.PAGE_START);
        detail.add(Ui.verticalScroll(lines), BorderLayout.CENTER);
        JPanel foot = transparent(new JPanel(new BorderLayout(0, gap)));
        JPanel totalRow = transparent(new JPanel(new BorderLayout()));
        totalRow.add(styled(new JLabel(messages.getString("order.total")), "totalCaption"), BorderLayout.LINE_START);
        totalRow.add(total, BorderLayout.LINE_END);
        foot.add(totalRow, BorderLayout.PAGE_START);
        JPanel actions = transparent(new JPanel(new GridLayout(1, 3, gap, 0)));
        reprint.setPreferredSize(new Dimension(10, touch));
        actions.add(reprint);
        actions.add(refund);
        actions.add(reopen);
        foot.add(actions, BorderLayout.CENTER);
        foot.add(message, BorderLayout.PAGE_END);
        detail.add(foot, BorderLayout.PAGE_END);
        detail.setVisible(false);
        add(detail, BorderLayout.CENTER);
    }

    public void bind(HistoryPresenter p) {
        presenter = p;
        reprint.addActionListener(e -> presenter.reprint());
        reopen.addActionListener(e -> presenter.reopen());
        refund.addActionListener(e -> presenter.refund());
    }

    @Override
    public void showOrders(List<Row> rows) {
        assert EventQueue.isDispatchThread();
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(styled(new JLabel(messages.getString("history.empty")), "muted"));
        }
        for (Row r : rows) {
            JToggleButton b = named(styled(new JToggleButton("<html><b>" + r.time() + " \u00b7 " + r.table()
                    + "</b> \u00b7 " + r.total() + "<br>" + r.status() + (r.staff().isEmpty() ? "" : " \u00b7 "
                    + r.staff()) + "</html>", r.selected()), "splitItem"), "history.order:" + r.table());
            b.setHorizontalAlignment(JToggleButton.LEADING);
            b.setPreferredSize(new Dimension(10, touch + 8));
            b.addActionListener(e -> presenter.select(r.id()));
            list.add(b);
        }
        refresh(list);
    }

    @Override
    public void showDetail(Detail d) {
        detail.setVisible(d != null);
        if (d == null) {
            return;
        }
        title.setText(d.title());
        lines.removeAll();
        for (String l : d.lines()) {
            lines.add(named(styled(new JLabel(l), "lineName"), "history.line"));
        }
        if (!d.payments().isEmpty()) {
            lines.add(javax.swing.Box.createVerticalStrut(gap));
            lines.add(styled(new JLabel(messages.getString("history.payments")), "sectionTitle"));
            for (String p : d.payments()) {
                lines.add(named(styled(new JLabel(p), "muted"), "history.payment"));
            }
        }
        if (!d.refunds().isEmpty()) {
            lines.add(javax.swing.Box.createVerticalStrut(gap));
            lines.add(styled(new JLabel(messages.getString("history.refunds")), "sectionTitle"));
            for (String r : d.refunds()) {
                lines.add(named(styled(new JLabel(r), "muted"), "history.refundLine"));
            }
        }
        total.setText(d.total());
        reprint.setEnabled(d.canReprint());
        reopen.setEnabled(d.canReopen());
        refund.setEnabled(d.canRefund());
        refresh(detail);
    }

    @Override
    public void showMessage(String text, boolean error) {
        message.setText(text == null || text.isEmpty() ? " " : text);
        message.setForeground(Ui.color(error ? "CedarPos.denied" : "Label.foreground"));
    }

    @Override
    public char[] askManagerPin(String what) {
        return ManagerPinDialog.ask(this, what, messages);
    }

    @Override
    public String askReason(String what) {
        Object answer = JOptionPane.showInputDialog(this, what, messages.getString("history.reasonTitle"),
                JOptionPane.QUESTION_MESSAGE);
        return answer == null ? null : answer.toString();
    }

    @Override
    public boolean askRefund(String title, RefundForm form) {
        return RefundDialog.ask(this, title, form, messages);
    }

    private void refresh(JComponent c) {
        c.applyComponentOrientation(getComponentOrientation());
        c.revalidate();
        c.repaint();
    }
}
