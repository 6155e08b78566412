package cedarpos.terminal.ui.signin;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.Ui;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * What a till shows while its branch has no staff: nobody can sign in, so nothing can be sold. It tells whoever
 * stands at it that a manager creates the branch's staff in the web admin, and where that is; the main window
 * leaves it for the PIN pad as soon as a catalog with staff arrives.
 */
public final class StaffNeededPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The card's inner width: fits 1024x768 with room, in both directions of writing. */
    private static final int WIDTH = 560;

    private final JLabel admin = named(styled(new JLabel(" "), "staffNeededAddress"), "staffNeeded.admin");

    public StaffNeededPanel(ResourceBundle messages, Locale locale) {
        super(new GridBagLayout());
        boolean leftToRight = ComponentOrientation.getOrientation(locale).isLeftToRight();
        int gap = Ui.size("CedarPos.gap", 10);
        JPanel card = styled(new JPanel(new GridBagLayout()), "card");
        card.setBorder(BorderFactory.createEmptyBorder(gap * 3, gap * 4, gap * 3, gap * 4));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.anchor = GridBagConstraints.LINE_START;
        card.add(named(styled(new JLabel(messages.getString("staffNeeded.title")), "setupTitle"),
                "staffNeeded.title"), c);
        c.gridy++;
        c.insets = new Insets(gap * 2, 0, gap, 0);
        card.add(named(styled(new JLabel(Ui.wrapped(messages.getString("staffNeeded.body"), WIDTH, leftToRight)),
                "setupIntro"), "staffNeeded.body"), c);
        c.gridy++;
        c.insets = new Insets(0, 0, gap * 2, 0);
        card.add(admin, c);
        c.gridy++;
        c.insets = new Insets(0, 0, 0, 0);
        card.add(named(styled(new JLabel(Ui.wrapped(messages.getString("staffNeeded.waiting"), WIDTH,
                leftToRight)), "muted"), "staffNeeded.waiting"), c);
        card.setPreferredSize(new Dimension(WIDTH + gap * 8, card.getPreferredSize().height + gap * 2));
        add(card);
        applyComponentOrientation(ComponentOrientation.getOrientation(locale));
    }

    /** The web admin's address; an address reads left to right in either language, at the line's start. */
    public void showAdmin(String address) {
        assert EventQueue.isDispatchThread();
        admin.setText(address);
    }
}
