package cedarpos.terminal.ui.status;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.Ui;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * Bottom bar: a coloured dot with Online/Offline (and what to do about a refused
 * device token), a printer that needs someone, pending count and age, catch-up
 * progress, last sync.
 */
public final class StatusBar extends JPanel implements StatusView {
    private static final long serialVersionUID = 1L;

    private final Dot dot = new Dot();
    private final JLabel connection = named(styled(new JLabel(" "), "statusStrong"), "status.connection");
    private final JLabel pending = named(styled(new JLabel(" "), "statusStrong"), "status.pending");
    private final JLabel age = named(styled(new JLabel(" "), "status"), "status.age");
    private final JLabel lastSync = named(styled(new JLabel(" "), "status"), "status.lastSync");
    private final JLabel problem = named(styled(new JLabel(""), "statusProblem"), "status.problem");
    private final JLabel refused = named(styled(new JLabel(""), "statusProblem"), "status.refused");
    private transient Runnable onRefusedClicked = () -> { };
    private final JButton enrollAgain = named(styled(new JButton(" "), "secondary"), "status.enrollAgain");
    private transient Runnable onEnrollAgain;
    private boolean enrollAgainOffered;
    private final JLabel printers = named(styled(new JLabel(""), "statusProblem"), "status.printers");
    private final JLabel progressText = named(styled(new JLabel(""), "status"), "status.progressText");
    private final JProgressBar progress = named(styled(new JProgressBar(0, 1000), "catchUp"), "status.progress");

    public StatusBar() {
        setLayout(new BoxLayout(this, BoxLayout.LINE_AXIS));
        int gap = Ui.size("CedarPos.gap", 10);
        setBackground(Ui.color("CedarPos.panel.background"));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(gap, gap * 2, gap, gap * 2)));
        add(dot);
        add(Box.createHorizontalStrut(gap));
        add(connection);
        add(Box.createHorizontalStrut(gap));
        add(problem);
        add(Box.createHorizontalStrut(gap));
        add(enrollAgain);
        add(Box.createHorizontalStrut(gap));
        add(printers);
        add(Box.createHorizontalStrut(gap));
        add(refused);
        add(Box.createHorizontalStrut(gap * 3));
        add(pending);
        add(Box.createHorizontalStrut(gap));
        add(age);
        add(Box.createHorizontalGlue());
        add(progressText);
        add(Box.createHorizontalStrut(gap));
        Dimension bar = new Dimension(Ui.size("CedarPos.progressWidth", 220), Ui.size("CedarPos.progressHeight", 12));
        progress.setPreferredSize(bar);
        progress.setMaximumSize(bar);
        add(progress);
        add(Box.createHorizontalStrut(gap * 3));
        add(lastSync);
        progressText.setVisible(false);
        progress.setVisible(false);
        problem.setVisible(false);
        enrollAgain.setVisible(false);
        enrollAgain.setFocusable(false);
        enrollAgain.addActionListener(e -> onEnrollAgain.run());
        printers.setVisible(false);
        refused.setVisible(false);
        refused.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
        // a line under the label, not an underline: an underline cuts through Arabic letters below the baseline
        refused.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, Ui.color("CedarPos.offline")),
                BorderFactory.createEmptyBorder(0, 0, 2, 0)));
        refused.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                onRefusedClicked.run();
            }
        });
    }

    /** What a tap on "n refused by the server" does: open the list of refused entries. */
    public void onRefusedClicked(Runnable action) {
        onRefusedClicked = action;
    }

    /** "Enroll again", labelled {@code label}, shown while the server refuses the till's token, runs {@code action}. */
    public void onEnrollAgain(String label, Runnable action) {
        assert EventQueue.isDispatchThread();
        enrollAgain.setText(label);
        onEnrollAgain = action;
        enrollAgain.setVisible(enrollAgainOffered);
    }

    @Override
    public void offerEnrollAgain(boolean offered) {
        assert EventQueue.isDispatchThread();
        enrollAgainOffered = offered;
        enrollAgain.setVisible(offered && onEnrollAgain != null);
    }

    @Override
    public void showRefused(String text) {
        assert EventQueue.isDispatchThread();
        refused.setText(text == null ? "" : text);
        refused.setVisible(text != null);
    }

    /** Where the Printers screen says a printer needs someone (its {@code PrinterTroubleView}); on the EDT. */
    public void showPrinterTrouble(String text) {
        assert EventQueue.isDispatchThread();
        printers.setText(text == null ? "" : text);
        printers.setVisible(text != null);
    }

    @Override
    public void show(boolean online, String connectionText, String problemText, String pendingText,
                     String pendingAge, String lastSyncText) {
        assert EventQueue.isDispatchThread();
        problem.setText(problemText == null ? "" : problemText);
        problem.setVisible(problemText != null);
        dot.online = online;
        dot.repaint();
        connection.setText(connectionText);
        connection.setForeground(Ui.color(online ? "CedarPos.online" : "CedarPos.offline"));
        pending.setText(pendingText);
        age.setText(pendingAge == null ? "" : "(" + pendingAge + ")");
        age.setForeground(Ui.color("CedarPos.warning"));
        lastSync.setText(lastSyncText);
    }

    @Override
    public void showProgress(String text, int permille) {
        assert EventQueue.isDispatchThread();
        boolean shown = text != null;
        progressText.setVisible(shown);
        progress.setVisible(shown);
        if (shown) {
            progressText.setText(text);
            progress.setValue(permille);
        }
    }

    /** The round status light. */
    private static final class Dot extends JComponent {
        private static final long serialVersionUID = 1L;
        private boolean online;

        Dot() {
            setPreferredSize(new Dimension(14, 14));
            setMaximumSize(new Dimension(14, 14));
            setName("status.dot");
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(Ui.color(online ? "CedarPos.online" : "CedarPos.offline"));
            int d = Math.min(getWidth(), getHeight());
            g2.fillOval((getWidth() - d) / 2, (getHeight() - d) / 2, d, d);
            g2.dispose();
        }
    }
}
