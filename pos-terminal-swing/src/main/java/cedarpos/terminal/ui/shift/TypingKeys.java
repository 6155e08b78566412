package cedarpos.terminal.ui.shift;

import cedarpos.terminal.ui.kit.NumberPad;
import javax.swing.text.JTextComponent;

/**
 * The drawer screen's number pad, typing into the field last touched. Its keys never take the focus, so the field
 * keeps its caret; a hardware keyboard works as well.
 */
final class TypingKeys {
    static final String BACKSPACE = NumberPad.BACKSPACE;

    private final NumberPad pad;
    private JTextComponent target;

    TypingKeys(String clearText, int gap, int keyHeight) {
        pad = NumberPad.rows("7 8 9", "4 5 6", "1 2 3", "0 00 000", ". " + BACKSPACE + " C")
                .named(id -> "keypad." + id).style("shiftKey").style("C", "shiftKeyWord").label("C", clearText)
                .keySize(76, keyHeight).gap(gap).build(this::press);
    }

    NumberPad pad() {
        return pad;
    }

    /** Where the keys type from now on; null: nowhere. */
    void target(JTextComponent field) {
        target = field;
    }

    JTextComponent target() {
        return target;
    }

    void setEnabled(boolean enabled) {
        pad.setEnabled(enabled);
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
