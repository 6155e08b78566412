package cedarpos.terminal.ui.signin;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.NumberPad;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ResourceBundle;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;

/** A PIN pad in the middle of the screen; digits show as dots. Typing on a keyboard works too. */
public final class SignInPanel extends JPanel implements SignInView {
    private static final long serialVersionUID = 1L;

    private final JLabel dots = named(styled(new JLabel(" "), "pinDots"), "pin.dots");
    private final JLabel message = named(styled(new JLabel(" "), "muted"), "pin.message");
    private final NumberPad pad;
    private final JButton submit;
    private final ResourceBundle messages;
    private transient SignInPresenter presenter;

    public SignInPanel(ResourceBundle messages) {
        super(new GridBagLayout());
        this.messages = messages;
        int gap = Ui.size("CedarPos.gap", 10);
        JPanel card = styled(new JPanel(new BorderLayout(0, gap * 2)), "card");
        card.setBorder(BorderFactory.createEmptyBorder(gap * 3, gap * 4, gap * 3, gap * 4));
        JPanel head = new JPanel(new GridLayout(3, 1, 0, gap / 2));
        head.setOpaque(false);
        JLabel title = styled(new JLabel(messages.getString("signin.title"), SwingConstants.CENTER), "sectionTitle");
        head.add(title);
        dots.setHorizontalAlignment(SwingConstants.CENTER);
        message.setHorizontalAlignment(SwingConstants.CENTER);
        head.add(dots);
        head.add(message);
        card.add(head, BorderLayout.PAGE_START);

        pad = NumberPad.rows("1 2 3", "4 5 6", "7 8 9", "clear 0 back").named(id -> "pin." + id).style("pinKey")
                .style("clear", "pinKeyWord").label("clear", messages.getString("signin.clear"))
                .label("back", NumberPad.BACKSPACE).keySize(96, 72).gap(gap).build(id -> {
                    switch (id) {
                        case "clear" -> presenter.clear();
                        case "back" -> presenter.backspace();
                        default -> presenter.digit(id.charAt(0));
                    }
                });
        card.add(pad, BorderLayout.CENTER);
        submit = named(styled(new JButton(messages.getString("signin.submit")), "send"), "pin.submit");
        submit.setPreferredSize(new Dimension(10, 64));
        submit.addActionListener(e -> presenter.submit());
        card.add(submit, BorderLayout.PAGE_END);
        card.setPreferredSize(new Dimension(380, 560));
        add(card);
        keyboard();
    }

    public void bind(SignInPresenter p) {
        presenter = p;
    }

    /** Digits, backspace and Enter from a hardware keyboard, wherever the focus is in the window. */
    private void keyboard() {
        for (char d = '0'; d <= '9'; d++) {
            char digit = d;
            bind(KeyStroke.getKeyStroke(d), "digit" + d, () -> presenter.digit(digit));
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + (d - '0'), 0), "numpad" + d,
                    () -> presenter.digit(digit));
        }
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "back", () -> presenter.backspace());
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "submit", () -> presenter.submit());
    }

    private void bind(KeyStroke stroke, String name, Runnable action) {
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
        getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (isShowing() && presenter != null) {
                    action.run();
                }
            }
        });
    }

    @Override
    public void showEntered(int digits) {
        assert EventQueue.isDispatchThread();
        dots.setText(digits == 0 ? messages.getString("signin.empty") : "\u25cf ".repeat(digits).strip());
    }

    @Override
    public void showMessage(String text, boolean error) {
        assert EventQueue.isDispatchThread();
        message.setText(text == null || text.isEmpty() ? " " : text);
        message.setForeground(Ui.color(error ? "CedarPos.notice.error" : "CedarPos.muted"));
    }

    @Override
    public void setEnabled(boolean keysEnabled, boolean submitEnabled) {
        assert EventQueue.isDispatchThread();
        pad.setEnabled(keysEnabled);
        submit.setEnabled(submitEnabled);
    }
}
