package cedarpos.terminal.ui.reset;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.ManagerPinDialog;
import cedarpos.terminal.ui.kit.TouchDialog;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A reset's questions as touch dialogs over the till's window: the manager's PIN, why not, are you sure. */
public final class ResetDialog extends TouchDialog {
    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 460;

    private boolean confirmed;

    private ResetDialog(Component parent, String title, String text, String goOn, ResourceBundle messages) {
        super(parent, title, "reset.dialog");
        int gap = Ui.size("CedarPos.gap", 10);
        boolean leftToRight = parent.getComponentOrientation().isLeftToRight();
        JPanel body = new JPanel(new BorderLayout(0, gap));
        body.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        body.add(named(styled(new JLabel(title), "sectionTitle"), "reset.title"), BorderLayout.PAGE_START);
        body.add(named(styled(new JLabel(Ui.wrapped(text, WIDTH, leftToRight)), "notice"), "reset.text"),
                BorderLayout.CENTER);
        JButton cancel = named(styled(new JButton(messages.getString(goOn == null ? "reset.close"
                : "modifiers.cancel")), "secondary"), "reset.cancel");
        cancel.setPreferredSize(new Dimension(140, 56));
        cancel.addActionListener(e -> dispose());
        JButton ok = null;
        if (goOn != null) {
            ok = named(styled(new JButton(goOn), "send"), "reset.ok");
            ok.setPreferredSize(new Dimension(220, 56));
            ok.addActionListener(e -> {
                confirmed = true;
                dispose();
            });
        }
        layOut(body, cancel, ok);
    }

    /** The view a {@link ResetPresenter} drives over {@code parent}. */
    public static ResetView over(Component parent, ResourceBundle messages) {
        return new ResetView() {
            @Override
            public char[] askManagerPin(String what) {
                return ManagerPinDialog.ask(parent, what, messages);
            }

            @Override
            public void showRefused(String text) {
                new ResetDialog(parent, messages.getString("reset.notDone"), text, null, messages).askOver(parent);
            }

            @Override
            public boolean confirm(String title, String text, String goOn) {
                ResetDialog d = new ResetDialog(parent, title, text, goOn, messages);
                d.askOver(parent);
                return d.confirmed;
            }
        };
    }
}
