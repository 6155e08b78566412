package cedarpos.terminal.ui.shift;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.Shift;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.GridBagLayout;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The open shift at a glance, beside its forms: who opened it and when, the float, and each pay-in and pay-out with
 * its reason, who made it and the manager who approved it. The expected cash is not shown: the closing count is
 * blind.
 */
final class DrawerSummary extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 300;

    private final ResourceBundle messages;
    private final ComponentOrientation orientation;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final JLabel openedBy = named(styled(new JLabel(" "), "shiftCaption"), "shift.openedBy");
    private final JLabel floatUsd = named(styled(new JLabel(" "), "shiftValue"), "shift.float.USD");
    private final JLabel floatLbp = named(styled(new JLabel(" "), "shiftValue"), "shift.float.LBP");
    private final JPanel movements = new JPanel(new GridBagLayout());

    DrawerSummary(ResourceBundle messages, Locale locale) {
        super(new BorderLayout(0, 10));
        this.messages = messages;
        this.orientation = ComponentOrientation.getOrientation(locale);
        setBackground(Ui.color("CedarPos.panel.background"));
        // the trailing edge: a matte border is absolute, so mirror it by hand
        boolean ltr = orientation.isLeftToRight();
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, ltr ? 0 : 1, 0, ltr ? 1 : 0, Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2)));
        setPreferredSize(new Dimension(WIDTH, 10));
        JPanel head = new JPanel(new GridBagLayout());
        head.setOpaque(false);
        Stack s = new Stack(head);
        s.add(styled(new JLabel(messages.getString("shift.current")), "sectionTitle"), 0);
        s.add(openedBy, gap / 2);
        s.add(styled(new JLabel(messages.getString("shift.float")), "shiftCaption"), gap);
        s.add(floatUsd, 2);
        s.add(floatLbp, 2);
        s.add(styled(new JLabel(messages.getString("shift.movements")), "sectionTitle"), gap * 2);
        add(head, BorderLayout.PAGE_START);
        add(Ui.verticalScroll(Ui.transparent(movements)), BorderLayout.CENTER);
    }

    void show(Shift shift, List<DrawerMovement> list) {
        openedBy.setText(MessageFormat.format(messages.getString("shift.openedBy"), shift.openedBy(),
                ShiftFormat.time(shift.openedAtMs())));
        floatUsd.setText(shift.openingFloat().usd().display());
        floatLbp.setText(shift.openingFloat().lbp().display());
        movements.removeAll();
        Stack s = new Stack(movements);
        if (list.isEmpty()) {
            s.add(styled(new JLabel(messages.getString("shift.noMovements")), "muted"), 0);
        }
        for (DrawerMovement m : list) {
            JPanel head = new JPanel(new BorderLayout(gap, 0));
            head.setOpaque(false);
            head.add(styled(new JLabel(messages.getString("shift.movement." + m.kind())), "shiftMovement"),
                    BorderLayout.LINE_START);
            head.add(named(styled(new JLabel(ShiftFormat.signed(m.effect())), "shiftMovement"),
                    "shift.movement:" + m.reason()), BorderLayout.LINE_END);
            s.add(head, gap);
            for (String line : new String[] {m.reason(),
                    MessageFormat.format(messages.getString("shift.movement.by"), m.by()),
                    m.approvedBy() == null ? null
                            : MessageFormat.format(messages.getString("shift.movement.approvedBy"), m.approvedBy())}) {
                if (line != null) {
                    JLabel l = styled(new JLabel(line), "shiftMovementDetail");
                    l.setToolTipText(line);
                    s.add(l, 0);
                }
            }
        }
        movements.applyComponentOrientation(orientation);
        movements.revalidate();
        movements.repaint();
    }
}
