package cedarpos.terminal.ui.split;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;
import static cedarpos.terminal.ui.kit.Ui.transparent;

import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * The split-check screen: the check's total, what was paid and what is left on top; how to split it (by seat,
 * evenly in 2 to 6, by items); the unpaid items to choose from when splitting by items; and the shares, each with
 * its Pay button. Passive: the presenter decides. Mirrored for Arabic.
 */
public final class SplitPanel extends JPanel implements SplitView {
    private static final long serialVersionUID = 1L;
    private static final int MAX_EVEN_BUTTON = 6;

    private final ResourceBundle messages;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final int touch = Ui.size("CedarPos.touchHeight", 56);
    private final JLabel title = named(styled(new JLabel(" "), "paymentTitle"), "split.title");
    private final JLabel amounts = named(styled(new JLabel(" "), "totalCaption"), "split.amounts");
    private final JLabel paid = named(styled(new JLabel(" "), "muted"), "split.paid");
    private final JToggleButton bySeat;
    private final JToggleButton byItems;
    private final JToggleButton[] even = new JToggleButton[MAX_EVEN_BUTTON + 1];
    private final JPanel items = transparent(new JPanel());
    private final JPanel itemsColumn;
    private final JPanel shares = transparent(new JPanel());
    private final JLabel message = named(styled(new JLabel(" "), "notice"), "split.message");
    private final JButton back;
    private SplitPresenter presenter;

    public SplitPanel(ResourceBundle messages) {
        super(new BorderLayout(Ui.size("CedarPos.gap", 10), Ui.size("CedarPos.gap", 10)));
        this.messages = messages;
        setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap * 2, gap * 2));
        bySeat = chip(messages.getString("split.bySeat"), "split.bySeat");
        byItems = chip(messages.getString("split.byItems"), "split.byItems");
        back = named(styled(new JButton(messages.getString("split.back")), "paymentBack"), "split.back");
        back.setPreferredSize(new Dimension(160, touch));

        JPanel head = transparent(new JPanel());
        head.setLayout(new BoxLayout(head, BoxLayout.PAGE_AXIS));
        for (JComponent c : new JComponent[] {title, amounts, paid}) {
            c.setAlignmentX(Component.LEFT_ALIGNMENT);
            head.add(c);
        }
        head.add(Box.createVerticalStrut(gap));
        JPanel modes = transparent(new JPanel(new FlowLayout(FlowLayout.LEADING, gap / 2, 0)));
        modes.setAlignmentX(Component.LEFT_ALIGNMENT);
        modes.add(bySeat);
        modes.add(styled(new JLabel("  " + messages.getString("split.evenly")), "totalCaption"));
        for (int n = 2; n <= MAX_EVEN_BUTTON; n++) {
            even[n] = chip(Integer.toString(n), "split.even:" + n);
            modes.add(even[n]);
        }
        modes.add(Box.createHorizontalStrut(gap));
        modes.add(byItems);
        head.add(modes);
        add(head, BorderLayout.PAGE_START);

        // rows as wide as the column in both directions: a grid, not a box (which sizes rows to their content in RTL)
        items.setLayout(new GridLayout(0, 1, 0, gap / 2));
        itemsColumn = transparent(new JPanel(new BorderLayout(0, gap / 2)));
        itemsColumn.add(styled(new JLabel(messages.getString("split.chooseItems")), "sectionTitle"),
                BorderLayout.PAGE_START);
        itemsColumn.add(Ui.verticalScroll(items), BorderLayout.CENTER);
        itemsColumn.setPreferredSize(new Dimension(420, 10));
        shares.setLayout(new GridLayout(0, 1, 0, gap / 2));
        JPanel sharesColumn = transparent(new JPanel(new BorderLayout(0, gap / 2)));
        sharesColumn.add(styled(new JLabel(messages.getString("split.shares")), "sectionTitle"),
                BorderLayout.PAGE_START);
        sharesColumn.add(Ui.verticalScroll(shares), BorderLayout.CENTER);
        JPanel body = transparent(new JPanel(new BorderLayout(gap * 2, 0)));
        body.add(itemsColumn, BorderLayout.LINE_START);
        body.add(sharesColumn, BorderLayout.CENTER);
        add(body, BorderLayout.CENTER);

        JPanel foot = transparent(new JPanel(new BorderLayout(gap, 0)));
        foot.add(back, BorderLayout.LINE_START);
        foot.add(message, BorderLayout.CENTER);
        add(foot, BorderLayout.PAGE_END);
    }

    public void bind(SplitPresenter p) {
        presenter = p;
        bySeat.addActionListener(e -> presenter.bySeat());
        byItems.addActionListener(e -> presenter.byItems());
        for (int n = 2; n <= MAX_EVEN_BUTTON; n++) {
            int ways = n;
            even[n].addActionListener(e -> presenter.evenly(ways));
        }
        back.addActionListener(e -> presenter.back());
    }

    @Override
    public void showSummary(Summary summary) {
        assert EventQueue.isDispatchThread();
        title.setText(summary.title());
        amounts.setText(MessageFormat.format(messages.getString("split.amounts"), summary.total(),
                summary.paidSoFar(), summary.balance()));
        paid.setText(summary.paid().isEmpty() ? " " : MessageFormat.format(messages.getString("split.paidShares"),
                String.join("   ", summary.paid())));
    }

    @Override
    public void showMode(Mode mode, int ways, boolean seatsAvailable) {
        bySeat.setSelected(mode == Mode.SEAT);
        bySeat.setEnabled(seatsAvailable);
        byItems.setSelected(mode == Mode.ITEMS);
        for (int n = 2; n <= MAX_EVEN_BUTTON; n++) {
            even[n].setSelected(mode == Mode.EVEN && ways == n);
        }
        itemsColumn.setVisible(mode == Mode.ITEMS);
    }

    @Override
    public void showItems(List<ItemRow> rows) {
        items.removeAll();
        for (ItemRow r : rows) {
            JToggleButton b = named(styled(new JToggleButton(r.text() + "   " + r.amount(), r.selected()),
                    "splitItem"), "split.item:" + r.text());
            b.setHorizontalAlignment(JToggleButton.LEADING);
            b.setMaximumSize(new Dimension(Integer.MAX_VALUE, touch));
            b.setAlignmentX(Component.LEFT_ALIGNMENT);
            b.setPreferredSize(new Dimension(10, touch));
            b.addActionListener(e -> presenter.toggle(r.id()));
            items.add(b);
        }
        refresh(items);
    }

    @Override
    public void showShares(List<ShareRow> rows) {
        shares.removeAll();
        if (rows.isEmpty()) {
            shares.add(styled(new JLabel(messages.getString("split.noShares")), "muted"));
        }
        for (int i = 0; i < rows.size(); i++) {
            ShareRow r = rows.get(i);
            JPanel row = named(new JPanel(new BorderLayout(gap, 0)), "split.share:" + r.label());
            row.setBackground(Ui.color("CedarPos.panel.background"));
            row.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap, gap / 2, gap / 2));
            JPanel texts = transparent(new JPanel(new GridLayout(r.detail() == null ? 1 : 2, 1)));
            texts.add(styled(new JLabel(r.label() + "  \u00b7  " + r.amount()), "lineName"));
            if (r.detail() != null) {
                texts.add(styled(new JLabel(r.detail()), "muted"));
            }
            row.add(texts, BorderLayout.CENTER);
            JButton pay = named(styled(new JButton(messages.getString("split.pay")), "paymentCash"),
                    "split.pay:" + r.label());
            pay.setEnabled(r.payable());
            pay.setPreferredSize(new Dimension(120, touch - 8));
            int index = i;
            pay.addActionListener(e -> presenter.payShare(index));
            row.add(pay, BorderLayout.LINE_END);
            shares.add(row);
        }
        refresh(shares);
    }

    @Override
    public void showMessage(String text, boolean error) {
        message.setText(text == null || text.isEmpty() ? " " : text);
        message.setForeground(Ui.color(error ? "CedarPos.denied" : "Label.foreground"));
    }

    private JToggleButton chip(String text, String name) {
        JToggleButton b = named(styled(new JToggleButton(text), "category"), name);
        b.setPreferredSize(new Dimension(Math.max(touch, b.getPreferredSize().width), touch - 6));
        return b;
    }

    private void refresh(JComponent c) {
        c.applyComponentOrientation(getComponentOrientation());
        c.revalidate();
        c.repaint();
    }
}
