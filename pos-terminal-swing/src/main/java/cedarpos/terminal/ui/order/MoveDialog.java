package cedarpos.terminal.ui.order;

import cedarpos.terminal.ui.kit.TouchDialog;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.TableId;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;

/**
 * Asks which free table a check moves to, or which other table's check it joins: one large button per table,
 * labelled with its area and seats, the two kinds under their own headings.
 */
final class MoveDialog extends TouchDialog {
    private static final long serialVersionUID = 1L;

    private transient TableId chosen;

    private MoveDialog(Component parent, List<TableChoice> free, List<TableChoice> withChecks,
                       ResourceBundle messages) {
        super(parent, messages.getString("move.title"), "moveTo");
        int gap = Ui.size("CedarPos.gap", 10);
        JPanel body = new JPanel();
        body.setLayout(new javax.swing.BoxLayout(body, javax.swing.BoxLayout.PAGE_AXIS));
        body.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        if (!free.isEmpty()) {
            body.add(section(messages.getString("move.freeTables"), free, "moveTo:", "tableAvailable", messages));
        }
        if (!withChecks.isEmpty()) {
            body.add(javax.swing.Box.createVerticalStrut(gap));
            body.add(section(messages.getString("move.joinTables"), withChecks, "joinTo:", "tableOccupied",
                    messages));
        }
        JButton cancel = named(styled(new JButton(messages.getString("modifiers.cancel")), "secondary"),
                "move.cancel");
        cancel.setPreferredSize(new Dimension(140, Ui.size("CedarPos.touchHeight", 56)));
        cancel.addActionListener(e -> dispose());
        layOut(body, cancel, null);
    }

    private JPanel section(String title, List<TableChoice> tables, String prefix, String style,
                           ResourceBundle messages) {
        int gap = Ui.size("CedarPos.gap", 10);
        int touch = Ui.size("CedarPos.touchHeight", 56);
        JPanel section = new JPanel(new java.awt.BorderLayout(0, gap / 2));
        section.add(styled(new javax.swing.JLabel(title), "sectionTitle"), java.awt.BorderLayout.PAGE_START);
        JPanel grid = new JPanel(new GridLayout(0, 4, gap, gap));
        for (TableChoice t : tables) {
            // the button's text is HTML: a name is text in it
            JButton b = named(styled(new JButton(MessageFormat.format(messages.getString("move.table"),
                    OrderPanel.escape(t.label()), OrderPanel.escape(t.area()), t.seats())), style), prefix + t.label());
            b.setPreferredSize(new Dimension(150, touch + 16));
            b.addActionListener(e -> {
                chosen = t.id();
                dispose();
            });
            grid.add(b);
        }
        section.add(grid, java.awt.BorderLayout.CENTER);
        section.setAlignmentX(LEFT_ALIGNMENT);
        return section;
    }

    static TableId ask(Component parent, List<TableChoice> free, List<TableChoice> withChecks,
                       ResourceBundle messages) {
        MoveDialog d = new MoveDialog(parent, free, withChecks, messages);
        d.askOver(parent);
        return d.chosen;
    }
}
