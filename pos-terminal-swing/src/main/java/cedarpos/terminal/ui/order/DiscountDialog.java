package cedarpos.terminal.ui.order;

import cedarpos.terminal.ui.kit.TouchDialog;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;

/** Asks for a check discount: percent or amount, the value (quick buttons for the usual ones) and the reason. */
final class DiscountDialog extends TouchDialog {
    private static final long serialVersionUID = 1L;

    private final JToggleButton percent;
    private final JTextField value = named(styled(new JTextField(8), "touchField"), "discount.value");
    private final JTextField reason = named(styled(new JTextField(20), "touchField"), "discount.reason");
    private final JLabel error = named(styled(new JLabel(" "), "muted"), "discount.error");
    private transient DiscountRequest answer;
    private final javax.swing.JComboBox<String> target;

    private DiscountDialog(Component parent, Money subtotal, List<DiscountRequest.Target> lines,
                           ResourceBundle messages) {
        super(parent, messages.getString("discount.title"), "discount");
        int gap = Ui.size("CedarPos.gap", 10);
        int touch = Ui.size("CedarPos.touchHeight", 56);
        percent = named(styled(new JToggleButton(messages.getString("discount.percent"), true), "category"),
                "discount.percent");
        JToggleButton amount = named(styled(new JToggleButton(MessageFormat.format(
                messages.getString("discount.amount"), subtotal.currency().symbol())), "category"), "discount.amount");
        ButtonGroup kind = new ButtonGroup();
        kind.add(percent);
        kind.add(amount);
        JPanel body = new JPanel(new GridLayout(0, 1, gap, gap));
        body.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        JLabel base = styled(new JLabel(MessageFormat.format(messages.getString("discount.subtotal"),
                subtotal.display())), "sectionTitle");
        body.add(base);
        // what it is on: the whole check, or one line (its total is then what the discount is worked out on)
        List<String> choices = new java.util.ArrayList<>();
        choices.add(MessageFormat.format(messages.getString("discount.onCheck"), subtotal.display()));
        lines.forEach(t -> choices.add(MessageFormat.format(messages.getString("discount.onLine"), t.label(),
                t.total().display())));
        target = named(new javax.swing.JComboBox<>(choices.toArray(new String[0])), "discount.target");
        target.addActionListener(e -> {
            int i = target.getSelectedIndex();
            base.setText(MessageFormat.format(messages.getString(i == 0 ? "discount.subtotal" : "discount.lineTotal"),
                    i == 0 ? subtotal.display() : lines.get(i - 1).total().display()));
        });
        if (!lines.isEmpty()) {
            body.add(target);
        }
        JPanel kinds = new JPanel(new GridLayout(1, 2, gap, 0));
        kinds.add(percent);
        kinds.add(amount);
        body.add(kinds);
        JPanel quick = new JPanel(new GridLayout(1, 4, gap, 0));
        for (String p : new String[] {"5", "10", "15", "20"}) {
            JButton b = named(styled(new JButton(p + "%"), "secondary"), "discount.quick." + p);
            b.addActionListener(e -> {
                percent.setSelected(true);
                value.setText(p);
            });
            quick.add(b);
        }
        body.add(quick);
        body.add(row(messages.getString("discount.valueLabel"), value, gap));
        body.add(row(messages.getString("discount.reasonLabel"), reason, gap));
        body.add(error);
        for (Component c : body.getComponents()) {
            c.setPreferredSize(new Dimension(440, touch));
        }
        JButton ok = named(styled(new JButton(messages.getString("discount.ok")), "send"), "discount.ok");
        JButton cancel = named(styled(new JButton(messages.getString("modifiers.cancel")), "secondary"),
                "discount.cancel");
        ok.setPreferredSize(new Dimension(180, touch));
        cancel.setPreferredSize(new Dimension(140, touch));
        ok.addActionListener(e -> {
            BigDecimal v;
            try {
                v = new BigDecimal(value.getText().strip());
            } catch (NumberFormatException bad) {
                error.setText(messages.getString("discount.notANumber"));
                error.setForeground(Ui.color("CedarPos.notice.error"));
                return;
            }
            int i = target.getSelectedIndex();
            answer = new DiscountRequest(percent.isSelected() ? Discount.Kind.PERCENT : Discount.Kind.AMOUNT, v,
                    reason.getText(), i <= 0 ? null : lines.get(i - 1).line());
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        layOut(body, cancel, ok);
    }

    private static JPanel row(String label, JTextField field, int gap) {
        JPanel row = new JPanel(new BorderLayout(gap, 0));
        JLabel l = new JLabel(label);
        l.setPreferredSize(new Dimension(110, 10));
        row.add(l, BorderLayout.LINE_START);
        row.add(field, BorderLayout.CENTER);
        return row;
    }

    static DiscountRequest ask(Component parent, Money subtotal, List<DiscountRequest.Target> lines,
                               ResourceBundle messages) {
        DiscountDialog d = new DiscountDialog(parent, subtotal, lines, messages);
        d.askOver(parent);
        return d.answer;
    }
}
