package cedarpos.terminal.ui.order;

import cedarpos.terminal.ui.kit.TouchDialog;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * Asks which modifiers a dish is ordered with: one row of large toggle buttons per group. A group of at most one
 * behaves like radio buttons; "Add" is enabled only when every group has between its minimum and maximum.
 */
final class ModifierDialog extends TouchDialog {
    private static final long serialVersionUID = 1L;

    private final transient Map<ModifierGroup, List<JToggleButton>> buttons = new LinkedHashMap<>();
    private final transient Map<JToggleButton, ModifierOption> options = new LinkedHashMap<>();
    private final JButton ok;
    private transient List<ModifierOption> chosen;

    private ModifierDialog(Component parent, MenuItem item, List<ModifierGroup> groups, ResourceBundle messages,
                           boolean arabic) {
        super(parent, MessageFormat.format(messages.getString("modifiers.title"), arabic ? item.nameAr()
                : item.nameEn()), "modifiers");
        int gap = Ui.size("CedarPos.gap", 10);
        int touch = Ui.size("CedarPos.touchHeight", 56);
        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.PAGE_AXIS));
        body.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        for (ModifierGroup g : groups) {
            String rule = g.min() == g.max() ? MessageFormat.format(messages.getString("modifiers.exactly"), g.min())
                    : g.min() > 0 ? MessageFormat.format(messages.getString("modifiers.between"), g.min(), g.max())
                    : MessageFormat.format(messages.getString("modifiers.upTo"), g.max());
            JLabel title = styled(new JLabel((arabic ? g.nameAr() : g.nameEn()) + "  \u00b7  " + rule),
                    "sectionTitle");
            title.setAlignmentX(Component.LEFT_ALIGNMENT);
            body.add(title);
            body.add(Box.createVerticalStrut(gap / 2));
            JPanel row = new JPanel(new GridLayout(0, 3, gap, gap));
            row.setAlignmentX(Component.LEFT_ALIGNMENT);
            List<JToggleButton> group = new ArrayList<>();
            for (ModifierOption o : g.options()) {
                String name = arabic ? o.nameAr() : o.nameEn();
                // the price is a left-to-right run inside what may be an Arabic label: embedded, it reads "+$0.50"
                String text = o.priceDelta().minor() == 0 ? name
                        : name + "  \u202a+" + o.priceDelta().display() + "\u202c";
                JToggleButton b = named(styled(new JToggleButton(text), "category"), "modifier:" + o.nameEn());
                b.setPreferredSize(new Dimension(200, touch));
                b.addActionListener(e -> toggled(g, b));
                group.add(b);
                options.put(b, o);
                row.add(b);
            }
            buttons.put(g, group);
            body.add(row);
            body.add(Box.createVerticalStrut(gap * 2));
        }
        ok = named(styled(new JButton(messages.getString("modifiers.ok")), "send"), "modifiers.ok");
        JButton cancel = named(styled(new JButton(messages.getString("modifiers.cancel")), "secondary"),
                "modifiers.cancel");
        ok.setPreferredSize(new Dimension(180, touch));
        cancel.setPreferredSize(new Dimension(140, touch));
        ok.addActionListener(e -> {
            chosen = new ArrayList<>();
            options.forEach((b, o) -> {
                if (b.isSelected()) {
                    chosen.add(o);
                }
            });
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        layOut(body, cancel, ok);
        validity();
    }

    /** Shows the dialog and waits; null when cancelled. */
    static List<ModifierOption> ask(Component parent, MenuItem item, List<ModifierGroup> groups,
                                    ResourceBundle messages, boolean arabic) {
        ModifierDialog d = new ModifierDialog(parent, item, groups, messages, arabic);
        d.askOver(parent);
        return d.chosen;
    }

    private void toggled(ModifierGroup g, JToggleButton b) {
        if (b.isSelected() && g.max() == 1) {
            buttons.get(g).forEach(other -> other.setSelected(other == b));
        }
        validity();
    }

    private void validity() {
        boolean valid = true;
        for (Map.Entry<ModifierGroup, List<JToggleButton>> e : buttons.entrySet()) {
            long n = e.getValue().stream().filter(JToggleButton::isSelected).count();
            valid &= n >= e.getKey().min() && n <= e.getKey().max();
        }
        ok.setEnabled(valid);
    }
}
