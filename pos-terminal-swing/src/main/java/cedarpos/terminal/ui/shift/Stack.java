package cedarpos.terminal.ui.shift;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.Scrollable;

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

    /** A scrolled panel laid out at the viewport's width: a long text is cut with an ellipsis, never an amount. */
    static final class WidthTracking extends JPanel implements Scrollable {
        private static final long serialVersionUID = 1L;

        WidthTracking() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 24;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return visible.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
