package cedarpos.terminal.ui.order;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;
import static cedarpos.terminal.ui.kit.Ui.transparent;

import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/** One dish button of the menu: its names, price and, for a tracked dish, what stock says of it. */
final class MenuTileButton {
    /** Room the stock caption takes above the dish name. */
    private static final int CAPTION_HEIGHT = 24;

    private MenuTileButton() {
    }

    /**
     * @param arabicFirst the Arabic name on top, the English one below
     * @param captions    some tile of the menu has a stock caption: every tile makes room for one, so that the
     *                    grid's rows stay even
     */
    static JButton of(MenuTile tile, boolean arabicFirst, int touch, boolean captions, Consumer<MenuItemId> onTap) {
        MenuItem item = tile.item();
        JButton b = named(styled(new JButton(), switch (tile.stock()) {
            case MAYBE_OUT -> "menuItemMaybeOut";
            case SOLD_OUT -> "menuItemSoldOut";
            default -> "menuItem";
        }), "item:" + item.nameEn());
        b.setLayout(new BorderLayout(0, 2));
        String first = arabicFirst ? item.nameAr() : item.nameEn();
        String second = arabicFirst ? item.nameEn() : item.nameAr();
        JComponent name = twoLines(first);
        JLabel alt = centered(styled(new JLabel(second), "itemNameAlt"));
        JLabel price = centered(styled(new JLabel(item.price().display()), "itemPrice"));
        b.add(name, BorderLayout.CENTER);
        JPanel details = transparent(new JPanel(new GridLayout(2, 1, 0, 2)));
        details.add(alt);
        details.add(price);
        b.add(details, BorderLayout.PAGE_END);
        String accessible = item.nameEn() + " / " + item.nameAr();
        if (tile.caption() != null) {
            JLabel caption = named(centered(styled(new JLabel(tile.caption()), switch (tile.stock()) {
                case MAYBE_OUT -> "stockMaybeOut";
                case SOLD_OUT -> "stockSoldOut";
                default -> "stockFew";
            })), "itemStock:" + item.nameEn());
            b.add(caption, BorderLayout.PAGE_START);
            accessible += " (" + tile.caption() + ")";
            b.setToolTipText(tile.caption());
        }
        b.setPreferredSize(new Dimension(150, touch * 2 + 8 + (captions ? CAPTION_HEIGHT : 0)));
        b.getAccessibleContext().setAccessibleName(accessible);
        b.setEnabled(tile.enabled());
        if (!tile.enabled()) {
            // the labels paint themselves: grey them with the button, all but the caption that says why
            for (Component c : new Component[] {alt, price}) {
                c.setEnabled(false);
            }
            for (Component c : name.getComponents()) {
                c.setEnabled(false);
            }
        }
        b.addActionListener(e -> onTap.accept(item.id()));
        return b;
    }

    /** Width a dish name may take on one line of its button. */
    private static final int NAME_WIDTH = 124;

    /**
     * The dish name on one or two centred lines, broken between words: a long name wraps instead of being cut.
     * Plain labels, not HTML: an HTML label is parsed and laid out as a document, and a menu rebuilds its buttons
     * whenever stock moves, on the event dispatch thread.
     */
    private static JComponent twoLines(String text) {
        JLabel probe = styled(new JLabel(text), "itemName");
        java.awt.FontMetrics fm = probe.getFontMetrics(probe.getFont());
        String first = text;
        String second = null;
        if (fm.stringWidth(text) > NAME_WIDTH) {
            int cut = -1;
            for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
                if (fm.stringWidth(text.substring(0, i)) <= NAME_WIDTH) {
                    cut = i;
                }
            }
            if (cut > 0) {
                first = text.substring(0, cut);
                second = text.substring(cut + 1);
            }
        }
        JPanel lines = transparent(new JPanel(new GridLayout(second == null ? 1 : 2, 1)));
        probe.setText(first);
        lines.add(centered(probe));
        if (second != null) {
            lines.add(centered(styled(new JLabel(second), "itemName")));
        }
        JPanel middle = transparent(new JPanel(new java.awt.GridBagLayout()));
        middle.add(lines);
        return middle;
    }

    private static JLabel centered(JLabel l) {
        l.setHorizontalAlignment(SwingConstants.CENTER);
        return l;
    }
}
