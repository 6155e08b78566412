package cedarpos.terminal.ui.order;

import static cedarpos.terminal.ui.Ui.named;
import static cedarpos.terminal.ui.Ui.styled;

import cedarpos.domain.DiningTable;
import cedarpos.domain.TableId;
import cedarpos.terminal.ui.Ui;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;

/** Asks which free table a check moves to: one large button per table, labelled with its area and seats. */
final class MoveDialog extends TouchDialog {
    private static final long serialVersionUID = 1L;

    private transient TableId chosen;

    private MoveDialog(Component parent, List<DiningTable> free, ResourceBundle messages) {
        super(parent, messages.getString("move.title"), "moveTo");
        int gap = Ui.size("CedarPos.gap", 10);
        int touch = Ui.size("CedarPos.touchHeight", 56);
        JPanel body = new JPanel(new GridLayout(0, 4, gap, gap));
        body.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        for (DiningTable t : free) {
            JButton b = named(styled(new JButton(MessageFormat.format(messages.getString("move.table"), t.label(),
                    t.area(), t.seats())), "tableAvailable"), "moveTo:" + t.label());
            b.setPreferredSize(new Dimension(150, touch + 16));
            b.addActionListener(e -> {
                chosen = t.id();
                dispose();
            });
            body.add(b);
        }
        JButton cancel = named(styled(new JButton(messages.getString("modifiers.cancel")), "secondary"),
                "move.cancel");
        cancel.setPreferredSize(new Dimension(140, touch));
        cancel.addActionListener(e -> dispose());
        layOut(body, cancel, null);
    }

    static TableId ask(Component parent, List<DiningTable> free, ResourceBundle messages) {
        MoveDialog d = new MoveDialog(parent, free, messages);
        d.askOver(parent);
        return d.chosen;
    }
}
