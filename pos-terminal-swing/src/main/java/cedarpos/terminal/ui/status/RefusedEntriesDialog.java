package cedarpos.terminal.ui.status;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.store.RejectedEntry;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/**
 * The outbox entries the server refused for good, as the cashier reads them: when the
 * action was taken, what it was in words, why (in words and the server's code) and the
 * server's own message. Read from the terminal's database, so it opens offline and after
 * a restart.
 */
public final class RefusedEntriesDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public RefusedEntriesDialog(Window owner, List<RejectedEntry> entries, ResourceBundle messages, ZoneId zone) {
        super(owner, messages.getString("refused.title"), ModalityType.APPLICATION_MODAL);
        setName("refused.dialog");
        int gap = Ui.size("CedarPos.gap", 10);
        DefaultTableModel model = new DefaultTableModel(new Object[] {messages.getString("refused.when"),
                messages.getString("refused.what"), messages.getString("refused.why"),
                messages.getString("refused.message")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (RejectedEntry e : entries) {
            model.addRow(new Object[] {WHEN.withZone(zone).format(Instant.ofEpochMilli(e.createdAtMs())),
                    what(messages, e), why(messages, e.code()), e.message()});
        }
        JTable table = named(new JTable(model), "refused.table");
        table.setRowHeight(Ui.size("CedarPos.rowHeight", 36));
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(150);
        table.getColumnModel().getColumn(1).setPreferredWidth(260);
        table.getColumnModel().getColumn(2).setPreferredWidth(260);
        table.getColumnModel().getColumn(3).setPreferredWidth(420);

        JLabel intro = styled(new JLabel("<html>" + messages.getString(
                entries.isEmpty() ? "refused.none" : "refused.intro") + "</html>"), "status");
        JButton close = named(new JButton(messages.getString("refused.close")), "refused.close");
        close.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(close);
        JPanel content = new JPanel(new BorderLayout(gap, gap));
        content.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        content.add(intro, BorderLayout.PAGE_START);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(1100, 360));
        content.add(scroll, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.PAGE_END);
        setContentPane(content);
        applyComponentOrientation(owner != null ? owner.getComponentOrientation()
                : ComponentOrientation.getOrientation(messages.getLocale()));
        // the cell renderer is shared and outside the component tree: it does not follow the table's orientation
        if (table.getDefaultRenderer(Object.class) instanceof java.awt.Component renderer) {
            renderer.setComponentOrientation(table.getComponentOrientation());
        }
        getRootPane().setDefaultButton(close);
        pack();
        setLocationRelativeTo(owner);
    }

    /** "Payment of an order 3f2a91c0": the operation in words where the bundle knows it, and the record. */
    static String what(ResourceBundle messages, RejectedEntry e) {
        String words = text(messages, "refused.what." + e.entity() + "." + e.operation());
        if (words == null) {
            words = text(messages, "refused.what." + e.entity());
        }
        if (words == null) {
            words = e.entity() + " " + e.operation();
        }
        String record = e.recordId().length() > 8 ? e.recordId().substring(0, 8) : e.recordId();
        return MessageFormat.format(messages.getString("refused.record"), words, record);
    }

    /** "Invalid content (INVALID_PAYLOAD)": the code stays visible for support. */
    static String why(ResourceBundle messages, String code) {
        String words = text(messages, "refused.code." + code);
        return words == null ? code : words + " (" + code + ")";
    }

    private static String text(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
