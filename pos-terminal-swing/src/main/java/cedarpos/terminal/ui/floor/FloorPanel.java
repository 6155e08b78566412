package cedarpos.terminal.ui.floor;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridLayout;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;

/** The floor plan: one section per area, one large coloured button per table. Passive. */
public final class FloorPanel extends JPanel implements FloorView {
    private static final long serialVersionUID = 1L;
    private static final int COLUMNS = 5;

    private final JPanel areas = new JPanel();
    private final JLabel summary = named(styled(new JLabel(" "), "muted"), "floor.summary");
    private final JButton counter;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private transient FloorPresenter presenter;

    public FloorPanel(ResourceBundle messages) {
        super(new BorderLayout());
        areas.setLayout(new BoxLayout(areas, BoxLayout.PAGE_AXIS));
        areas.setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, gap, gap * 2));
        JPanel top = new JPanel(new BorderLayout());
        top.add(areas, BorderLayout.PAGE_START);
        JScrollPane scroll = new JScrollPane(top, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        counter = named(styled(new JButton(messages.getString("floor.counter")), "secondary"), "floor.counter");
        counter.setPreferredSize(new Dimension(220, Ui.size("CedarPos.touchHeight", 56)));
        counter.addActionListener(e -> presenter.counterOrder());
        JPanel foot = new JPanel(new BorderLayout(gap, 0));
        foot.setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, gap, gap * 2));
        foot.add(summary, BorderLayout.CENTER);
        foot.add(counter, BorderLayout.LINE_END);
        add(foot, BorderLayout.PAGE_END);
    }

    public void bind(FloorPresenter p) {
        presenter = p;
    }

    @Override
    public void showFloor(List<FloorArea> byArea) {
        assert EventQueue.isDispatchThread();
        areas.removeAll();
        for (FloorArea area : byArea) {
            List<TableTile> tiles = area.tables();
            JLabel title = named(styled(new JLabel(area.name()), "sectionTitle"), "area:" + area.key());
            title.setAlignmentX(Component.LEFT_ALIGNMENT);
            areas.add(title);
            areas.add(Box.createVerticalStrut(gap / 2));
            JPanel grid = new JPanel(new GridLayout(0, COLUMNS, gap, gap));
            grid.setAlignmentX(Component.LEFT_ALIGNMENT);
            for (TableTile t : tiles) {
                grid.add(button(t));
            }
            // a short last row keeps its buttons the size of the others
            for (int i = tiles.size(); i % COLUMNS != 0; i++) {
                JPanel filler = new JPanel();
                filler.setOpaque(false);
                grid.add(filler);
            }
            areas.add(grid);
            areas.add(Box.createVerticalStrut(gap * 2));
        }
        areas.applyComponentOrientation(getComponentOrientation());
        areas.revalidate();
        areas.repaint();
    }

    private JButton button(TableTile t) {
        String style = "table" + t.status().name().charAt(0) + t.status().name().substring(1).toLowerCase();
        JButton b = named(styled(new JButton(), style), "table:" + t.label());
        b.setLayout(new GridLayout(3, 1));
        b.add(centered(named(styled(new JLabel(t.label()), "tableLabel"), "tableLabel:" + t.label())));
        b.add(centered(named(styled(new JLabel(t.statusText()), "tableStatus"), "tableStatus:" + t.label())));
        b.add(centered(named(styled(new JLabel(t.detail()), "tableDetail"), "tableDetail:" + t.label())));
        b.setPreferredSize(new Dimension(170, 104));
        b.getAccessibleContext().setAccessibleName(t.label() + ", " + t.statusText() + ", " + t.detail());
        b.addActionListener(e -> presenter.tapTable(t.id()));
        return b;
    }

    private static JLabel centered(JLabel l) {
        l.setHorizontalAlignment(SwingConstants.CENTER);
        return l;
    }

    @Override
    public void showSummary(String text) {
        assert EventQueue.isDispatchThread();
        summary.setText(text);
    }
}
