package cedarpos.terminal.ui.kit;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JPanel;

/**
 * The till's one number pad: the PIN pads (sign-in, a manager's approval), the payment screen's amount keys and the
 * drawer's. Never mirrored: the digits sit where they do on every keypad and till, in Arabic too, while the screen
 * around them reads right to left. Its keys never take the focus, so a field keeps its caret. What a key does is
 * the screen's: the pad hands over the id of the key tapped.
 *
 * <pre>{@code
 * NumberPad pad = NumberPad.rows("7 8 9 back", "4 5 6 back", "1 2 3 clear", "00 0 point clear")
 *         .named(id -> "payment.key." + id).style("paymentKey").label("point", ".")
 *         .build(id -> ...);
 * }</pre>
 */
public final class NumberPad extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The backspace key's face. */
    public static final String BACKSPACE = "\u232b";

    private final Map<String, JButton> keys = new LinkedHashMap<>();

    /**
     * Starts a pad from its rows of key ids, separated by spaces: a digit, {@code 00}, {@code 000}, or any id the
     * screen gives a label; the same id in the same column of the next row makes one key two rows tall; {@code _}
     * leaves a cell empty.
     */
    public static Builder rows(String... rows) {
        return new Builder(rows);
    }

    private NumberPad(Builder b, Consumer<String> tapped) {
        super(new GridBagLayout());
        super.applyComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
        setOpaque(false);
        String[][] grid = new String[b.rows.length][];
        for (int r = 0; r < grid.length; r++) {
            grid[r] = b.rows[r].trim().split("\\s+");
        }
        for (int r = 0; r < grid.length; r++) {
            for (int col = 0; col < grid[r].length; col++) {
                String id = grid[r][col];
                if (id.equals("_")) {
                    add(Ui.transparent(new JPanel()), cell(col, r, 1, b.gap));
                    continue;
                }
                if (r > 0 && col < grid[r - 1].length && id.equals(grid[r - 1][col])) {
                    continue; // the key above spans this row too
                }
                int height = 1;
                while (r + height < grid.length && col < grid[r + height].length
                        && id.equals(grid[r + height][col])) {
                    height++;
                }
                JButton key = named(styled(new JButton(b.labels.getOrDefault(id, id)),
                        b.styles.getOrDefault(id, b.style)), b.name.apply(id));
                key.setPreferredSize(b.size);
                if (b.minimum != null) {
                    key.setMinimumSize(b.minimum);
                }
                // a tap on a key leaves the focus where it was
                key.setFocusable(false);
                key.addActionListener(e -> tapped.accept(id));
                keys.put(id, key);
                add(key, cell(col, r, height, b.gap));
            }
        }
    }

    /** The key of this id, e.g. to give it a tooltip or disable it alone. */
    public JButton key(String id) {
        JButton k = keys.get(id);
        if (k == null) {
            throw new IllegalArgumentException("no key " + id);
        }
        return k;
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        keys.values().forEach(k -> k.setEnabled(enabled));
    }

    @Override
    public void applyComponentOrientation(ComponentOrientation o) {
        super.applyComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
    }

    @Override
    public void setComponentOrientation(ComponentOrientation o) {
        super.setComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
    }

    private static GridBagConstraints cell(int x, int y, int height, int gap) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridheight = height;
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.weighty = 1;
        c.insets = new Insets(y == 0 ? 0 : gap, x == 0 ? 0 : gap, 0, 0);
        return c;
    }

    /** How a pad looks and what its keys are called; {@link #build} makes it. */
    public static final class Builder {
        private final String[] rows;
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, String> styles = new HashMap<>();
        private Function<String, String> name = id -> "key." + id;
        private String style = "pinKey";
        private Dimension size = new Dimension(80, 60);
        private Dimension minimum;
        private int gap = 8;

        private Builder(String[] rows) {
            this.rows = rows.clone();
        }

        /** Each key's component name from its id: tests and screens find keys by name. */
        public Builder named(Function<String, String> keyName) {
            this.name = keyName;
            return this;
        }

        /** The style class of every key. */
        public Builder style(String styleClass) {
            this.style = styleClass;
            return this;
        }

        /** The style class of one key. */
        public Builder style(String id, String styleClass) {
            styles.put(id, styleClass);
            return this;
        }

        /** What one key shows; a key without a label shows its id. */
        public Builder label(String id, String text) {
            labels.put(id, text);
            return this;
        }

        /** Each key's preferred size (touch targets: at least 48 px). */
        public Builder keySize(int width, int height) {
            this.size = new Dimension(width, height);
            return this;
        }

        /** Each key's minimum size, when the pad may shrink. */
        public Builder minimumKeySize(int width, int height) {
            this.minimum = new Dimension(width, height);
            return this;
        }

        /** The space between keys. */
        public Builder gap(int pixels) {
            this.gap = pixels;
            return this;
        }

        /** @param tapped what a tap does, given the key's id; on the EDT */
        public NumberPad build(Consumer<String> tapped) {
            return new NumberPad(this, tapped);
        }
    }
}
