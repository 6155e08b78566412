package cedarpos.terminal.ui.kit;

import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A modal question over the till's window: its body, and Cancel and the answer's button at the trailing end of a
 * footer (mirrored in Arabic). {@link #askOver} shows it and returns when it is closed.
 */
public abstract class TouchDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    protected TouchDialog(Component parent, String title, String name) {
        super(SwingUtilities.getWindowAncestor(parent), title, ModalityType.APPLICATION_MODAL);
        setName(name);
    }

    /** The body above a footer of {@code cancel} then {@code ok}, the Enter key; no {@code ok}: the body answers. */
    protected final void layOut(JComponent body, JButton cancel, JButton ok) {
        int gap = Ui.size("CedarPos.gap", 10);
        JPanel foot = new JPanel(new FlowLayout(FlowLayout.TRAILING, gap, gap));
        foot.add(cancel);
        if (ok != null) {
            foot.add(ok);
        }
        JPanel content = new JPanel(new BorderLayout());
        content.add(body, BorderLayout.CENTER);
        content.add(foot, BorderLayout.PAGE_END);
        setContentPane(content);
        getRootPane().setDefaultButton(ok);
    }

    /** Shows this dialog over {@code parent}, in its orientation, and waits until it is closed. */
    protected final void askOver(Component parent) {
        assert EventQueue.isDispatchThread();
        applyComponentOrientation(parent.getComponentOrientation());
        pack();
        setLocationRelativeTo(parent);
        setVisible(true);
    }
}
