package cedarpos.terminal.ui.printers;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.kit.ManagerPinDialog;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

/**
 * The Printers screen: a card per printer (its state, since when, who prints for it meanwhile), then the print queue
 * with Reprint and Cancel for the job chosen. Passive: {@link PrintersPresenter} decides what it shows.
 */
public final class PrintersPanel extends JPanel implements PrintersView {
    private static final long serialVersionUID = 1L;

    private final ResourceBundle messages;
    private final JPanel cards = new JPanel(new GridLayout(0, 3, 10, 10));
    private final JobModel model;
    private final JTable table;
    private final JLabel notice = named(styled(new JLabel(" "), "muted"), "printers.notice");
    private final JButton reprint;
    private final JButton cancel;
    private final JButton resetTill;
    private transient PrintersPresenter presenter;
    /** True while the queue is refilled: its momentary empty selection is not the manager's. */
    private boolean refilling;

    public PrintersPanel(ResourceBundle messages) {
        this.messages = messages;
        int gap = Ui.size("CedarPos.gap", 10);
        setLayout(new BorderLayout(0, gap));
        setName("printers");
        setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap, gap * 2));
        cards.setOpaque(false);
        JPanel top = new JPanel(new BorderLayout(0, gap));
        top.setOpaque(false);
        top.add(styled(new JLabel(messages.getString("printers.title")), "sectionTitle"), BorderLayout.PAGE_START);
        top.add(cards, BorderLayout.CENTER);
        top.add(styled(new JLabel(messages.getString("printers.queue")), "sectionTitle"), BorderLayout.PAGE_END);
        add(top, BorderLayout.PAGE_START);

        model = new JobModel(new String[] {messages.getString("printers.col.job"),
                messages.getString("printers.col.kind"), messages.getString("printers.col.station"),
                messages.getString("printers.col.order"), messages.getString("printers.col.status"),
                messages.getString("printers.col.attempts"), messages.getString("printers.col.error")});
        table = named(new JTable(model), "printers.jobs");
        table.setRowHeight(Ui.size("CedarPos.touchHeight", 56) - 12);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        int[] widths = {70, 130, 140, 110, 190, 80, 420};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!refilling) {
                enableActions();
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);

        reprint = named(styled(new JButton(messages.getString("printers.reprint")), "secondary"), "printers.reprint");
        cancel = named(styled(new JButton(messages.getString("printers.cancel")), "secondary"), "printers.cancel");
        for (JButton b : new JButton[] {reprint, cancel}) {
            b.setPreferredSize(new Dimension(180, Ui.size("CedarPos.touchHeight", 56)));
            b.setFocusable(false);
        }
        reprint.addActionListener(e -> selected().ifPresent(j -> presenter.reprint(j.number())));
        cancel.addActionListener(e -> selected().ifPresent(j -> presenter.cancel(j.number())));
        JPanel foot = new JPanel(new BorderLayout());
        foot.setOpaque(false);
        foot.add(notice, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, gap, 0));
        buttons.setOpaque(false);
        buttons.add(cancel);
        buttons.add(reprint);
        foot.add(buttons, BorderLayout.LINE_END);
        resetTill = named(styled(new JButton(messages.getString("reset.button")), "secondary"), "till.reset");
        resetTill.setPreferredSize(new Dimension(220, Ui.size("CedarPos.touchHeight", 56)));
        resetTill.setFocusable(false);
        resetTill.setVisible(false);
        JPanel leading = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        leading.setOpaque(false);
        leading.add(resetTill);
        foot.add(leading, BorderLayout.LINE_START);
        add(foot, BorderLayout.PAGE_END);
        enableActions();
    }

    /** Shows "Reset this till", which runs {@code reset}. */
    public void onResetTill(Runnable reset) {
        assert EventQueue.isDispatchThread();
        for (java.awt.event.ActionListener l : resetTill.getActionListeners()) {
            resetTill.removeActionListener(l);
        }
        resetTill.addActionListener(e -> reset.run());
        resetTill.setVisible(true);
    }

    public void bind(PrintersPresenter p) {
        this.presenter = p;
    }

    @Override
    public void showPrinters(List<PrinterRow> printers, String emptyText) {
        assert EventQueue.isDispatchThread();
        cards.removeAll();
        if (printers.isEmpty()) {
            cards.add(styled(new JLabel(emptyText), "muted"));
        }
        int gap = Ui.size("CedarPos.gap", 10);
        for (PrinterRow r : printers) {
            JPanel card = new JPanel(new GridLayout(3, 1, 0, 2));
            card.setBackground(Ui.color(r.trouble() ? "CedarPos.alert.background" : "CedarPos.panel.background"));
            card.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createLineBorder(Ui.color("CedarPos.panel.border")),
                    BorderFactory.createEmptyBorder(gap, gap, gap, gap)));
            card.add(styled(new JLabel(r.name()), "itemName"));
            JLabel status = named(styled(new JLabel(r.status()), "statusStrong"), "printers.status." + r.name());
            status.setForeground(Ui.color(r.trouble() ? "CedarPos.offline" : "CedarPos.online"));
            card.add(status);
            card.add(styled(new JLabel(r.detail().isEmpty() ? " " : r.detail()), "muted"));
            cards.add(card);
        }
        cards.applyComponentOrientation(getComponentOrientation());
        cards.revalidate();
        cards.repaint();
    }

    /**
     * Refills the queue, keeping the job chosen. The queue is read again each time a job moves on (every try of a
     * failing printer): Reprint and Cancel keep their state through the refill, since disabling a button even for an
     * instant drops a press in progress (Swing disarms it) and the manager's tap would be lost.
     */
    @Override
    public void showJobs(List<JobRow> jobs) {
        assert EventQueue.isDispatchThread();
        long chosen = selected().map(JobRow::number).orElse(-1L);
        refilling = true;
        try {
            model.set(jobs);
            for (int i = 0; i < jobs.size(); i++) {
                if (jobs.get(i).number() == chosen) {
                    table.setRowSelectionInterval(i, i);
                }
            }
        } finally {
            refilling = false;
        }
        enableActions();
    }

    @Override
    public void showNotice(String text, boolean error) {
        assert EventQueue.isDispatchThread();
        notice.setText(text == null ? " " : text);
        notice.setForeground(Ui.color(error ? "CedarPos.notice.error" : "CedarPos.notice.ok"));
    }

    @Override
    public char[] askManagerPin(String what) {
        return ManagerPinDialog.ask(this, what, messages);
    }

    private java.util.Optional<JobRow> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? java.util.Optional.empty() : java.util.Optional.of(model.rows.get(row));
    }

    private void enableActions() {
        JobRow r = selected().orElse(null);
        reprint.setEnabled(r != null && r.canReprint());
        cancel.setEnabled(r != null && r.canCancel());
    }

    /** The queue as table rows. */
    private static final class JobModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns;
        private transient List<JobRow> rows = new ArrayList<>();

        JobModel(String[] columns) {
            this.columns = columns;
        }

        void set(List<JobRow> next) {
            rows = List.copyOf(next);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            JobRow j = rows.get(r);
            return switch (c) {
                case 0 -> "#" + j.number();
                case 1 -> j.kind();
                case 2 -> j.station();
                case 3 -> j.order();
                case 4 -> j.status();
                case 5 -> j.attempts();
                default -> j.lastError();
            };
        }
    }
}
