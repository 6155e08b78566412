package cedarpos.terminal.ui.kit;

import java.awt.ComponentOrientation;
import java.awt.LayoutManager;
import javax.swing.JPanel;

/**
 * A panel of number keys that is never mirrored: the digits sit where they do on every keypad and till, in Arabic
 * too, while the screen around them reads right to left.
 */
public class KeypadPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    public KeypadPanel(LayoutManager layout) {
        super(layout);
        super.applyComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
    }

    @Override
    public void applyComponentOrientation(ComponentOrientation o) {
        super.applyComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
    }

    @Override
    public void setComponentOrientation(ComponentOrientation o) {
        super.setComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
    }
}
