package cedarpos.terminal.ui.order;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;
import static cedarpos.terminal.ui.order.OrderPanel.escape;
import static cedarpos.terminal.ui.kit.Ui.transparent;

import cedarpos.domain.OrderLineId;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.border.Border;

/** One saved line of the order column. */
final class PlacedLineRow {
    private PlacedLineRow() {
    }

    /**
     * A saved line: sent, voided (struck through, with its reason), flagged for a manager, waiting for the
     * server to confirm its stock, or refused stock (tinted: the kitchen must not prepare it).
     *
     * @param leftToRight the tinted edge goes on the leading side, the left or (mirrored) the right
     */
    static JComponent of(PlacedLine line, ResourceBundle messages, int gap, int columnWidth, boolean leftToRight,
                         Consumer<OrderLineId> onVoid) {
        JPanel row = named(new JPanel(new BorderLayout(gap, 0)), "placed:" + line.name());
        row.setOpaque(line.needsAttention());
        if (line.needsAttention()) {
            // refused stock is the more urgent of the two: the kitchen must hear of it now
            row.setBackground(Ui.color(line.stockDenied() ? "CedarPos.denied.background"
                    : "CedarPos.conflict.background"));
            row.setBorder(edge(leftToRight, line.stockDenied() ? "CedarPos.denied" : "CedarPos.warning", 4, 6, 4, 4));
            row.setToolTipText(line.stockDenied() ? line.stockText() : line.conflictText());
        }
        row.add(styled(new JLabel(line.quantity() + "\u00d7"), line.voided() ? "lineVoided" : "lineQty"),
                BorderLayout.LINE_START);
        // labels wrap at the width the column leaves them, instead of running under the void button
        int width = columnWidth - 2 * (gap + 4) - 40 - (line.needsAttention() ? 14 : 0)
                - (line.canVoid() ? 72 + gap : 0);
        JPanel texts = transparent(new JPanel());
        texts.setLayout(new BoxLayout(texts, BoxLayout.PAGE_AXIS));
        String name = escape(line.shownName()) + "  \u00b7  " + line.total().display();
        texts.add(named(styled(new JLabel(wrapped(line.voided() ? "<s>" + name + "</s>" : name, width,
                leftToRight)), line.voided() ? "lineVoided" : "lineName"), "placedName:" + line.name()));
        if (line.modifiers() != null) {
            JLabel mods = styled(new JLabel(wrapped(escape(line.modifiers()), width, leftToRight)), "lineModifiers");
            texts.add(named(mods, "modifiers:" + line.name()));
        }
        if (line.discountText() != null) {
            texts.add(named(styled(new JLabel(wrapped(escape(line.discountText()), width, leftToRight)),
                    "lineModifiers"), "lineDiscount:" + line.name()));
        }
        if (line.seating() != null) {
            texts.add(named(styled(new JLabel(wrapped(escape(line.seating()), width, leftToRight)), "lineSeating"),
                    "seating:" + line.name()));
        }
        if (line.note() != null) {
            texts.add(styled(new JLabel(wrapped(escape(MessageFormat.format(messages.getString("order.note"),
                    line.note())), width, leftToRight)), "muted"));
        }
        if (line.voided()) {
            texts.add(named(styled(new JLabel(wrapped(escape(line.voidText()), width, leftToRight)),
                    "lineVoidReason"), "voidReason:" + line.name()));
        } else if (line.sent()) {
            texts.add(named(styled(new JLabel(messages.getString("order.sentMark")), "lineSent"),
                    "sentMark:" + line.name()));
        }
        if (line.stockText() != null) {
            String stock = escape((line.stockDenied() ? "\u2716 " : "") + line.stockText());
            texts.add(named(styled(new JLabel(wrapped(stock, width, leftToRight)),
                    line.stockDenied() ? "lineStockDenied" : "lineStockPending"), "lineStock:" + line.name()));
        }
        if (line.flagged()) {
            JLabel flag = named(styled(new JLabel(wrapped(escape("\u26a0 " + line.conflictText()), width,
                    leftToRight)), "lineConflict"), "conflict:" + line.name());
            flag.setToolTipText(line.conflictText());
            texts.add(flag);
        }
        row.add(texts, BorderLayout.CENTER);
        if (line.canVoid()) {
            JButton voidButton = named(styled(new JButton(messages.getString("order.void")), "lineVoid"),
                    "void:" + line.name());
            voidButton.setPreferredSize(new Dimension(72, 48));
            voidButton.addActionListener(e -> onVoid.accept(line.id()));
            JPanel end = transparent(new JPanel(new BorderLayout()));
            end.add(voidButton, BorderLayout.PAGE_START);
            row.add(end, BorderLayout.LINE_END);
        }
        row.setMaximumSize(new Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
        row.setAlignmentX(Component.LEFT_ALIGNMENT);
        return row;
    }

    /** A 4 px coloured edge on the leading side, then padding. */
    static Border edge(boolean leftToRight, String colourKey, int top, int leading, int bottom, int trailing) {
        return BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, leftToRight ? 4 : 0, 0, leftToRight ? 0 : 4, Ui.color(colourKey)),
                BorderFactory.createEmptyBorder(top, leftToRight ? leading : trailing, bottom,
                        leftToRight ? trailing : leading));
    }

    /**
     * HTML that wraps at about {@code width} screen pixels; {@code html} is already escaped. Swing's
     * CSS renders a "px" larger than a screen pixel (about 4:3), hence the division. Mirrored, the lines
     * align to the right, where right-to-left text starts.
     */
    static String wrapped(String html, int width, boolean leftToRight) {
        return Ui.wrappedHtml(html, width, leftToRight);
    }
}
