package cedarpos.terminal.ui.history;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;
import static cedarpos.terminal.ui.kit.Ui.transparent;

import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.kit.TouchDialog;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridLayout;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The refund of a paid check, touch-sized: its lines to give back (all of them to begin with) or an amount, cash in
 * either currency or card, the reason, and what that comes to in both currencies. Passive: {@link RefundForm}
 * decides; Refund is enabled only when it has nothing against it.
 */
final class RefundDialog extends TouchDialog {
    private static final long serialVersionUID = 1L;

    private final transient RefundForm form;
    private final ResourceBundle messages;
    private final int touch = Ui.size("CedarPos.touchHeight", 56);
    private final JPanel lines = transparent(new JPanel());
    private final JTextField amount = named(styled(new JTextField(8), "touchField"), "refund.amount");
    private final JTextField reason = named(styled(new JTextField(20), "touchField"), "refund.reason");
    private final JLabel summary = named(styled(new JLabel(" "), "total"), "refund.summary");
    private final JLabel problem = named(styled(new JLabel(" "), "muted"), "refund.problem");
    private final Map<RefundForm.Way, JToggleButton> ways = new EnumMap<>(RefundForm.Way.class);
    private final JButton ok;
    private boolean rendering;
    private boolean confirmed;

    private RefundDialog(Component parent, String title, RefundForm form, ResourceBundle messages) {
        super(parent, title, "refund");
        this.form = form;
        this.messages = messages;
        int gap = Ui.size("CedarPos.gap", 10);
        JPanel body = new JPanel(new BorderLayout(0, gap));
        body.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        JPanel top = transparent(new JPanel(new BorderLayout(0, gap / 2)));
        top.add(styled(new JLabel(messages.getString("refund.lines")), "sectionTitle"), BorderLayout.PAGE_START);
        lines.setLayout(new BoxLayout(lines, BoxLayout.PAGE_AXIS));
        javax.swing.JScrollPane scroll = Ui.verticalScroll(lines);
        scroll.setPreferredSize(new Dimension(520, Math.min(4, Math.max(1, form.items().size())) * (touch + 4)));
        top.add(scroll, BorderLayout.CENTER);
        body.add(top, BorderLayout.PAGE_START);

        JPanel rows = transparent(new JPanel(new GridLayout(0, 1, gap, gap)));
        rows.add(row(MessageFormat.format(messages.getString("refund.amountLabel"),
                form.refundable().currency().symbol()), amount, gap));
        JPanel wayRow = transparent(new JPanel(new GridLayout(1, 0, gap, 0)));
        ButtonGroup group = new ButtonGroup();
        for (RefundForm.Way w : form.ways()) {
            JToggleButton b = named(styled(new JToggleButton(messages.getString("refund.way." + w.name())),
                    "category"), "refund.way." + w.name());
            b.addActionListener(e -> {
                form.way(w);
                render();
            });
            group.add(b);
            wayRow.add(b);
            ways.put(w, b);
        }
        rows.add(wayRow);
        rows.add(row(messages.getString("refund.reasonLabel"), reason, gap));
        rows.add(summary);
        rows.add(problem);
        for (Component c : rows.getComponents()) {
            c.setPreferredSize(new Dimension(520, touch));
        }
        body.add(rows, BorderLayout.CENTER);

        ok = named(styled(new JButton(messages.getString("refund.ok")), "send"), "refund.ok");
        JButton cancel = named(styled(new JButton(messages.getString("modifiers.cancel")), "secondary"),
                "refund.cancel");
        ok.setPreferredSize(new Dimension(180, touch));
        cancel.setPreferredSize(new Dimension(140, touch));
        ok.addActionListener(e -> {
            if (form.request() != null) {
                confirmed = true;
                dispose();
            }
        });
        cancel.addActionListener(e -> dispose());
        amount.getDocument().addDocumentListener(changes(() -> form.typeAmount(amount.getText())));
        reason.getDocument().addDocumentListener(changes(() -> form.reason(reason.getText())));
        layOut(body, cancel, ok);
        render();
    }

    private DocumentListener changes(Runnable apply) {
        return new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }

            private void changed() {
                if (!rendering) {
                    apply.run();
                    EventQueue.invokeLater(RefundDialog.this::render);
                }
            }
        };
    }

    private void render() {
        rendering = true;
        try {
            lines.removeAll();
            if (form.items().isEmpty()) {
                lines.add(styled(new JLabel(messages.getString("refund.noLines")), "muted"));
            }
            for (RefundForm.Item item : form.items()) {
                JToggleButton b = named(styled(new JToggleButton(item.label(), item.selected()), "splitItem"),
                        "refund.line");
                b.setHorizontalAlignment(JToggleButton.LEADING);
                b.setMaximumSize(new Dimension(Integer.MAX_VALUE, touch));
                b.setPreferredSize(new Dimension(500, touch));
                b.addActionListener(e -> {
                    form.toggle(item.id());
                    render();
                });
                lines.add(b);
            }
            if (!form.typed().equals(amount.getText().strip())) {
                amount.setText(form.typed());
            }
            ways.forEach((w, b) -> b.setSelected(w == form.way()));
            String both = form.inBothCurrencies();
            summary.setText(both.isEmpty() ? " " : MessageFormat.format(messages.getString("refund.summary"), both));
            String why = form.problem();
            problem.setText(why == null ? MessageFormat.format(messages.getString("refund.left"),
                    form.refundable().display()) : why);
            problem.setForeground(Ui.color(why == null ? "Label.foreground" : "CedarPos.denied"));
            ok.setEnabled(why == null);
            lines.applyComponentOrientation(getComponentOrientation());
            lines.revalidate();
            lines.repaint();
        } finally {
            rendering = false;
        }
    }

    private static JPanel row(String label, JTextField field, int gap) {
        JPanel row = transparent(new JPanel(new BorderLayout(gap, 0)));
        JLabel l = new JLabel(label);
        l.setPreferredSize(new Dimension(170, 10));
        row.add(l, BorderLayout.LINE_START);
        row.add(field, BorderLayout.CENTER);
        return row;
    }

    /** Shows the dialog over {@code parent}; true when the manager confirmed a refund {@code form} accepts. */
    static boolean ask(Component parent, String title, RefundForm form, ResourceBundle messages) {
        RefundDialog d = new RefundDialog(parent, title, form, messages);
        d.askOver(parent);
        return d.confirmed;
    }
}
