package cedarpos.terminal.ui.payment;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.WidthTrackingPanel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The tenders taken, one row each with its remove button. As wide as its viewport: otherwise a mirrored viewport lays
 * it out at its preferred width and the remove buttons float mid-column.
 */
final class TenderList extends WidthTrackingPanel {
    private static final long serialVersionUID = 1L;

    private final ResourceBundle messages;
    private final int gap;
    private final List<JButton> removes = new ArrayList<>();

    TenderList(ResourceBundle messages, int gap) {
        this.messages = messages;
        this.gap = gap;
        setLayout(new BoxLayout(this, BoxLayout.PAGE_AXIS));
        setOpaque(false);
    }

    void show(List<PaymentView.TenderRow> rows, IntConsumer onRemove) {
        removeAll();
        removes.clear();
        if (rows.isEmpty()) {
            JLabel none = named(styled(new JLabel(messages.getString("payment.noTenders")), "paymentOther"),
                    "payment.noTenders");
            none.setAlignmentX(Component.LEFT_ALIGNMENT);
            add(none);
        }
        for (PaymentView.TenderRow r : rows) {
            add(row(r, onRemove));
            add(Box.createVerticalStrut(gap / 2));
        }
    }

    void setRemovable(boolean enabled) {
        removes.forEach(b -> b.setEnabled(enabled));
    }

    private JComponent row(PaymentView.TenderRow r, IntConsumer onRemove) {
        JPanel row = named(new JPanel(new BorderLayout(gap, 0)), "payment.tenderRow." + r.index());
        row.setOpaque(false);
        JLabel method = named(styled(new JLabel(r.method()), "paymentTenderMethod"),
                "payment.tenderMethod." + r.index());
        method.setPreferredSize(new Dimension(Math.max(64, method.getPreferredSize().width), 48));
        row.add(method, BorderLayout.LINE_START);
        JPanel amounts = new JPanel();
        amounts.setOpaque(false);
        amounts.setLayout(new BoxLayout(amounts, BoxLayout.LINE_AXIS));
        amounts.add(named(styled(new JLabel(r.amount()), "paymentTenderAmount"), "payment.tender." + r.index()));
        if (r.equivalent() != null) {
            amounts.add(Box.createHorizontalStrut(gap));
            amounts.add(named(styled(new JLabel(r.equivalent()), "paymentOther"),
                    "payment.tenderWorth." + r.index()));
        }
        JPanel middle = new JPanel(new GridBagLayout());
        middle.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.LINE_START;
        c.weightx = 1;
        middle.add(amounts, c);
        row.add(middle, BorderLayout.CENTER);
        JButton remove = named(styled(new JButton(messages.getString("payment.remove")), "paymentRemove"),
                "payment.remove." + r.index());
        remove.setPreferredSize(new Dimension(Math.max(88, remove.getPreferredSize().width + gap), 48));
        remove.setFocusable(false);
        remove.getAccessibleContext().setAccessibleName(messages.getString("payment.remove") + ": " + r.method()
                + " " + r.amount());
        remove.addActionListener(e -> onRemove.accept(r.index()));
        removes.add(remove);
        row.add(remove, BorderLayout.LINE_END);
        row.setAlignmentX(Component.LEFT_ALIGNMENT);
        row.setMaximumSize(new Dimension(Integer.MAX_VALUE, 48));
        return row;
    }
}
