package cedarpos.terminal.ui.shift;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.text.JTextComponent;

/**
 * A number pad for touch screens that types into the field last touched. Its keys never take the focus, so the
 * field keeps its caret; a hardware keyboard works as well.
 */
final class Keypad extends JPanel {
    private static final long serialVersionUID = 1L;
    static final String BACKSPACE = "\u232b";

    private final List<JButton> keys = new ArrayList<>();
    private transient JTextComponent target;

    Keypad(String clearText, int gap, int keyHeight) {
        super(new GridLayout(5, 3, gap, gap));
        setOpaque(false);
        for (String k : new String[] {"7", "8", "9", "4", "5", "6", "1", "2", "3", "0", "00", "000", ".", BACKSPACE}) {
            add(key(k, k));
        }
        JButton clear = styled(key(clearText, "C"), "shiftKeyWord");
        add(clear);
        for (JButton b : keys) {
            b.setPreferredSize(new Dimension(76, keyHeight));
        }
    }

    /** Digits keep their places in Arabic too: 7 8 9 on top, left to right, like every calculator. */
    @Override
    public void applyComponentOrientation(java.awt.ComponentOrientation o) {
        super.applyComponentOrientation(java.awt.ComponentOrientation.LEFT_TO_RIGHT);
    }

    /** Where the keys type from now on; null: nowhere. */
    void target(JTextComponent field) {
        target = field;
    }

    JTextComponent target() {
        return target;
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        keys.forEach(k -> k.setEnabled(enabled));
    }

    private JButton key(String text, String id) {
        JButton b = named(styled(new JButton(text), "shiftKey"), "keypad." + id);
        b.setFocusable(false);
        b.addActionListener(e -> press(id));
        keys.add(b);
        return b;
    }

    void press(String id) {
        JTextComponent t = target;
        if (t == null || !t.isEnabled() || !t.isShowing() && t.getParent() == null) {
            return;
        }
        switch (id) {
            case "C" -> t.setText("");
            case BACKSPACE -> {
                int start = t.getSelectionStart();
                int end = t.getSelectionEnd();
                String text = t.getText();
                if (start != end) {
                    t.replaceSelection("");
                } else if (start > 0) {
                    t.setText(text.substring(0, start - 1) + text.substring(start));
                    t.setCaretPosition(start - 1);
                }
            }
            default -> t.replaceSelection(id);
        }
        t.requestFocusInWindow();
    }
}
