package cedarpos.terminal.ui.payment;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.KeypadPanel;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import javax.swing.JButton;

/**
 * The amount keys: 7 8 9 ⌫ / 4 5 6 ⌫ / 1 2 3 C / 00 0 . C, backspace and clear twice as tall. Never mirrored: the
 * digits sit where they do on every keypad and till, in Arabic too.
 */
final class Keypad extends KeypadPanel {
    private static final long serialVersionUID = 1L;

    private final int gap;
    private final int keyHeight;
    private final List<JButton> keys = new ArrayList<>();
    private final JButton point;

    /** The actions run when a key is tapped (the presenter may be bound after the keys are built). */
    Keypad(ResourceBundle messages, int gap, int keyHeight, IntConsumer digit, Runnable doubleZero,
           Runnable decimalPoint, Runnable backspace, Runnable clear) {
        super(new GridBagLayout());
        this.gap = gap;
        this.keyHeight = keyHeight;
        setOpaque(false);
        String[][] digits = {{"7", "8", "9"}, {"4", "5", "6"}, {"1", "2", "3"}};
        for (int r = 0; r < 3; r++) {
            for (int col = 0; col < 3; col++) {
                int d = Integer.parseInt(digits[r][col]);
                add(key("payment.key." + d, digits[r][col], "paymentKey", () -> digit.accept(d)), cell(col, r, 1));
            }
        }
        add(key("payment.key.00", "00", "paymentKey", doubleZero), cell(0, 3, 1));
        add(key("payment.key.0", "0", "paymentKey", () -> digit.accept(0)), cell(1, 3, 1));
        point = key("payment.key.point", ".", "paymentKey", decimalPoint);
        add(point, cell(2, 3, 1));
        JButton back = key("payment.key.back", "\u232b", "paymentKeyBack", backspace);
        back.setToolTipText(messages.getString("payment.key.back"));
        back.getAccessibleContext().setAccessibleName(messages.getString("payment.key.back"));
        add(back, cell(3, 0, 2));
        add(key("payment.key.clear", messages.getString("payment.key.clear"), "paymentKeyClear", clear),
                cell(3, 2, 2));
    }

    /**
     * @param enabled   nothing is being saved
     * @param decimals the selected currency has decimals: the point key works
     */
    void setKeysEnabled(boolean enabled, boolean decimals) {
        for (JButton k : keys) {
            k.setEnabled(enabled && (k != point || decimals));
        }
    }

    private JButton key(String name, String text, String style, Runnable action) {
        JButton b = named(styled(new JButton(text), style), name);
        b.setPreferredSize(new Dimension(80, keyHeight));
        b.setMinimumSize(new Dimension(64, keyHeight));
        // a tap on a key leaves the focus where it was
        b.setFocusable(false);
        b.addActionListener(e -> action.run());
        keys.add(b);
        return b;
    }

    private GridBagConstraints cell(int x, int y, int height) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridheight = height;
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.weighty = 1;
        c.insets = new Insets(y == 0 ? 0 : gap / 2, x == 0 ? 0 : gap / 2, 0, 0);
        return c;
    }
}
