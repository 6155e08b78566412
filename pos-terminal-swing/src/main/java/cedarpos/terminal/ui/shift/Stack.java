package cedarpos.terminal.ui.shift;

import java.awt.GridBagConstraints;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JPanel;

/** Rows stacked from the top of a GridBag panel, each as wide as the panel: the shift screen's forms and lists. */
final class Stack {
    private final JPanel panel;
    private int y;

    Stack(JPanel panel) {
        this.panel = panel;
    }

    /** Adds a row {@code above} pixels below the previous one. */
    void add(JComponent c, int above) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.gridy = y++;
        g.weightx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.anchor = GridBagConstraints.FIRST_LINE_START;
        g.insets = new Insets(above, 0, 0, 0);
        panel.add(c, g);
    }

    /** Takes up the height left, so the rows stay at the top. */
    void fill() {
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = y++;
        g.weighty = 1;
        JPanel filler = new JPanel();
        filler.setOpaque(false);
        panel.add(filler, g);
    }
}
