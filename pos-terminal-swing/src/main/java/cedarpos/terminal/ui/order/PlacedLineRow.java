package cedarpos.terminal.ui.order;

import static cedarpos.terminal.ui.Ui.named;
import static cedarpos.terminal.ui.Ui.styled;
import static cedarpos.terminal.ui.order.OrderPanel.escape;
import static cedarpos.terminal.ui.order.OrderPanel.transparent;

import cedarpos.domain.OrderLineId;
import cedarpos.terminal.ui.Ui;
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

/** One saved line of the order column. */
final class PlacedLineRow {
    private PlacedLineRow() {
    }

    /** A saved line: sent, voided (struck through, with its reason) or flagged for a manager. */
    static JComponent of(PlacedLine line, ResourceBundle messages, int gap, int columnWidth,
                         Consumer<OrderLineId> onVoid) {
        JPanel row = named(new JPanel(new BorderLayout(gap, 0)), "placed:" + line.name());
        row.setOpaque(line.flagged());
        if (line.flagged()) {
            row.setBackground(Ui.color("CedarPos.conflict.background"));
            row.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createMatteBorder(0, 4, 0, 0, Ui.color("CedarPos.warning")),
                    BorderFactory.createEmptyBorder(4, 6, 4, 4)));
            row.setToolTipText(line.conflictText());
        }
        row.add(styled(new JLabel(line.quantity() + "\u00d7"), line.voided() ? "lineVoided" : "lineQty"),
                BorderLayout.LINE_START);
        // labels wrap at the width the column leaves them, instead of running under the void button
        int width = columnWidth - 2 * (gap + 4) - 40 - (line.flagged() ? 14 : 0) - (line.canVoid() ? 72 + gap : 0);
        JPanel texts = transparent(new JPanel());
        texts.setLayout(new BoxLayout(texts, BoxLayout.PAGE_AXIS));
        String name = escape(line.name()) + "  \u00b7  " + line.total().display();
        texts.add(named(styled(new JLabel(wrapped(line.voided() ? "<s>" + name + "</s>" : name, width)),
                line.voided() ? "lineVoided" : "lineName"), "placedName:" + line.name()));
        if (line.note() != null) {
            texts.add(styled(new JLabel(wrapped(escape(MessageFormat.format(messages.getString("order.note"),
                    line.note())), width)), "muted"));
        }
        if (line.voided()) {
            texts.add(named(styled(new JLabel(wrapped(escape(line.voidText()), width)), "lineVoidReason"),
                    "voidReason:" + line.name()));
        } else if (line.sent()) {
            texts.add(named(styled(new JLabel(messages.getString("order.sentMark")), "lineSent"),
                    "sentMark:" + line.name()));
        }
        if (line.flagged()) {
            JLabel flag = named(styled(new JLabel(wrapped(escape("\u26a0 " + line.conflictText()), width)),
                    "lineConflict"), "conflict:" + line.name());
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

    /**
     * HTML that wraps at about {@code width} screen pixels; {@code html} is already escaped. Swing's
     * CSS renders a "px" larger than a screen pixel (about 4:3), hence the division.
     */
    static String wrapped(String html, int width) {
        return "<html><div style='width:" + width * 3 / 4 + "px'>" + html + "</div></html>";
    }
}
