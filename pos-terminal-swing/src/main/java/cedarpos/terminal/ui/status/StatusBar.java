package cedarpos.terminal.ui.status;

import static cedarpos.terminal.ui.Ui.named;
import static cedarpos.terminal.ui.Ui.styled;

import cedarpos.terminal.ui.Ui;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Bottom bar: a coloured dot with Online/Offline, pending count and age, last sync. */
public final class StatusBar extends JPanel implements StatusView {
    private static final long serialVersionUID = 1L;

    private final Dot dot = new Dot();
    private final JLabel connection = named(styled(new JLabel(" "), "statusStrong"), "status.connection");
    private final JLabel pending = named(styled(new JLabel(" "), "statusStrong"), "status.pending");
    private final JLabel age = named(styled(new JLabel(" "), "status"), "status.age");
    private final JLabel lastSync = named(styled(new JLabel(" "), "status"), "status.lastSync");

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
        add(Box.createHorizontalStrut(gap * 4));
        add(pending);
        add(Box.createHorizontalStrut(gap));
        add(age);
        add(Box.createHorizontalGlue());
        add(lastSync);
    }

    @Override
    public void show(boolean online, String connectionText, String pendingText, String pendingAge,
                     String lastSyncText) {
        assert EventQueue.isDispatchThread();
        dot.online = online;
        dot.repaint();
        connection.setText(connectionText);
        connection.setForeground(Ui.color(online ? "CedarPos.online" : "CedarPos.offline"));
        pending.setText(pendingText);
        age.setText(pendingAge == null ? "" : "(" + pendingAge + ")");
        age.setForeground(Ui.color("CedarPos.warning"));
        lastSync.setText(lastSyncText);
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
