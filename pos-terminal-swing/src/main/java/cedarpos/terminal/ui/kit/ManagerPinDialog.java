package cedarpos.terminal.ui.kit;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.Arrays;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;

/** A manager approves on the cashier's session: what is asked, a masked PIN field and a keypad. */
public final class ManagerPinDialog extends TouchDialog {
    private static final long serialVersionUID = 1L;

    private final JPasswordField pin = named(styled(new JPasswordField(8), "touchField"), "manager.pin");
    private transient char[] answer;

    private ManagerPinDialog(Component parent, String what, ResourceBundle messages) {
        super(parent, messages.getString("approve.title"), "managerPin");
        int gap = Ui.size("CedarPos.gap", 10);
        JPanel body = new JPanel(new BorderLayout(0, gap));
        body.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        JPanel head = new JPanel(new GridLayout(2, 1, 0, gap / 2));
        head.add(named(styled(new JLabel(what), "sectionTitle"), "manager.what"));
        head.add(styled(new JLabel(messages.getString("approve.prompt")), "muted"));
        body.add(head, BorderLayout.PAGE_START);
        NumberPad keys = NumberPad.rows("1 2 3", "4 5 6", "7 8 9", "_ 0 back").named(id -> "manager.key." + id)
                .style("pinKey").label("back", NumberPad.BACKSPACE).keySize(88, 60).gap(gap).build(k -> {
                    if (k.equals("back")) {
                        char[] p = pin.getPassword();
                        pin.setText(p.length == 0 ? "" : new String(p, 0, p.length - 1));
                        Arrays.fill(p, '\0');
                    } else {
                        pin.replaceSelection(k);
                    }
                });
        JPanel center = new JPanel(new BorderLayout(0, gap));
        pin.setPreferredSize(new Dimension(10, Ui.size("CedarPos.touchHeight", 56)));
        center.add(pin, BorderLayout.PAGE_START);
        center.add(keys, BorderLayout.CENTER);
        body.add(center, BorderLayout.CENTER);
        JButton ok = named(styled(new JButton(messages.getString("approve.ok")), "send"), "manager.ok");
        JButton cancel = named(styled(new JButton(messages.getString("modifiers.cancel")), "secondary"),
                "manager.cancel");
        ok.setPreferredSize(new Dimension(160, 56));
        cancel.setPreferredSize(new Dimension(140, 56));
        ok.addActionListener(e -> {
            answer = pin.getPassword();
            pin.setText("");
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        layOut(body, cancel, ok);
    }

    public static char[] ask(Component parent, String what, ResourceBundle messages) {
        ManagerPinDialog d = new ManagerPinDialog(parent, what, messages);
        d.askOver(parent);
        return d.answer;
    }
}
