package cedarpos.terminal.ui.alerts;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The band under the header that tells the waiter a dish they took was refused: one row per alert, each with
 * an OK that acknowledges it. Hidden when there is nothing to tell; never a dialog, so the till keeps working.
 */
public final class StockAlertsBar extends JPanel implements StockAlertsView {
    private static final long serialVersionUID = 1L;

    private final ResourceBundle messages;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final int touch = Ui.size("CedarPos.touchHeight", 56);
    private transient StockAlertsPresenter presenter;

    public StockAlertsBar(ResourceBundle messages) {
        this.messages = messages;
        setName("alerts");
        setLayout(new BoxLayout(this, BoxLayout.PAGE_AXIS));
        setBackground(Ui.color("CedarPos.alert.background"));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, Ui.color("CedarPos.denied")),
                BorderFactory.createEmptyBorder(gap / 2, gap * 2, gap / 2, gap * 2)));
        setVisible(false);
    }

    public void bind(StockAlertsPresenter p) {
        this.presenter = p;
    }

    @Override
    public void showAlerts(List<Row> rows, String more) {
        assert EventQueue.isDispatchThread();
        removeAll();
        for (Row r : rows) {
            add(row(r));
        }
        if (more != null) {
            JLabel rest = named(styled(new JLabel(more), "alertMore"), "alerts.more");
            rest.setAlignmentX(Component.LEFT_ALIGNMENT);
            rest.setBorder(BorderFactory.createEmptyBorder(2, 0, 4, 0));
            add(rest);
        }
        setVisible(!rows.isEmpty());
        applyComponentOrientation(getComponentOrientation());
        revalidate();
        repaint();
    }

    private JPanel row(Row r) {
        JPanel row = named(new JPanel(new BorderLayout(gap * 2, 0)), "alertRow:" + r.dish());
        row.setOpaque(false);
        row.setBorder(BorderFactory.createEmptyBorder(gap / 2, 0, gap / 2, 0));
        JLabel text = named(styled(new JLabel("\u26a0 " + r.text()), "alertText"), "alert:" + r.dish());
        text.setToolTipText(r.text());
        row.add(text, BorderLayout.CENTER);
        JButton ok = named(styled(new JButton(messages.getString("alerts.ok")), "alertAck"), "alertAck:" + r.dish());
        // a touch target: never under 48 px high
        ok.setPreferredSize(new Dimension(Math.max(110, ok.getPreferredSize().width + gap * 2),
                Math.max(48, touch - 8)));
        ok.getAccessibleContext().setAccessibleName(messages.getString("alerts.ok") + ": " + r.text());
        ok.addActionListener(e -> presenter.acknowledge(r.id()));
        row.add(ok, BorderLayout.LINE_END);
        row.setAlignmentX(Component.LEFT_ALIGNMENT);
        row.setMaximumSize(new Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
        return row;
    }
}
