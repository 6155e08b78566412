package cedarpos.terminal.ui.order;

import cedarpos.terminal.ui.kit.ManagerPinDialog;
import static cedarpos.terminal.ui.kit.Ui.transparent;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridLayout;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;

/** The order screen: categories, dish buttons, and the order being built. Passive: the presenter decides. */
public final class OrderPanel extends JPanel implements OrderView {
    private static final long serialVersionUID = 1L;
    private static final int COLUMN_WIDTH = 340;

    private final ResourceBundle messages;
    private final boolean arabicFirst;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final int touch = Ui.size("CedarPos.touchHeight", 56);
    private final JPanel categories = new JPanel();
    private final JPanel items = new JPanel();
    /** What each dish button shows now, in grid order. */
    private List<MenuTile.Looks> shownItems = List.of();
    private boolean shownCaptions;
    private final JPanel lines = new JPanel();
    private final JComboBox<Object> table = named(styled(new JComboBox<>(), "touch"), "table");
    private final JLabel total = named(styled(new JLabel(" "), "total"), "total");
    private final JLabel notice = named(styled(new JLabel(" "), "notice"), "notice");
    private final JLabel conflicts = named(styled(new JLabel(" "), "conflictBanner"), "order.conflicts");
    private final JButton send;
    private final JButton clear;
    private final JButton pay;
    private final JButton discount;
    private final JButton move;
    private final JButton split;
    private final SeatingStrip seating;
    private transient OrderPresenter presenter;
    private boolean updatingTables;

    public OrderPanel(ResourceBundle messages, Locale locale) {
        super(new BorderLayout(0, 0));
        this.messages = messages;
        this.arabicFirst = "ar".equals(locale.getLanguage());
        send = named(styled(new JButton(messages.getString("order.send")), "send"), "send");
        clear = named(styled(new JButton(messages.getString("order.clear")), "secondary"), "clear");
        pay = named(styled(new JButton(messages.getString("order.pay")), "pay"), "pay");
        pay.setEnabled(false);
        discount = named(styled(new JButton(messages.getString("order.discount")), "secondary"), "discount");
        discount.setEnabled(false);
        move = named(styled(new JButton(messages.getString("order.move")), "secondary"), "move");
        split = named(styled(new JButton(messages.getString("order.split")), "secondary"), "split");
        split.setEnabled(false);
        seating = new SeatingStrip(messages);
        add(categoryColumn(), BorderLayout.LINE_START);
        add(itemArea(), BorderLayout.CENTER);
        add(orderColumn(), BorderLayout.LINE_END);
    }

    public void bind(OrderPresenter p) {
        this.presenter = p;
        send.addActionListener(e -> presenter.send());
        clear.addActionListener(e -> presenter.clear());
        pay.addActionListener(e -> presenter.pay());
        discount.addActionListener(e -> presenter.discount());
        move.addActionListener(e -> presenter.move());
        split.addActionListener(e -> presenter.split());
        seating.bind(presenter::selectSeat, presenter::selectCourse, presenter::fireCourse);
        table.addActionListener(e -> {
            if (!updatingTables) {
                Object sel = table.getSelectedItem();
                presenter.selectTable(sel instanceof TableChoice t ? t.id() : null);
            }
        });
    }

    private JComponent categoryColumn() {
        categories.setLayout(new BoxLayout(categories, BoxLayout.PAGE_AXIS));
        categories.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        JPanel column = new JPanel(new BorderLayout());
        column.add(categories, BorderLayout.PAGE_START);
        column.setPreferredSize(new Dimension(190, 10));
        return column;
    }

    private JComponent itemArea() {
        items.setLayout(new GridLayout(0, 3, gap, gap));
        items.setBorder(BorderFactory.createEmptyBorder(gap, 0, gap, gap));
        JPanel top = new JPanel(new BorderLayout());
        top.add(items, BorderLayout.PAGE_START);
        JScrollPane scroll = new JScrollPane(top, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        return scroll;
    }

    private JComponent orderColumn() {
        JPanel column = new JPanel(new BorderLayout(0, gap));
        column.setBackground(Ui.color("CedarPos.panel.background"));
        column.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 1, 0, 0, Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(gap + 4, gap + 4, gap + 4, gap + 4)));
        column.setPreferredSize(new Dimension(COLUMN_WIDTH, 10));

        JPanel head = transparent(new JPanel(new BorderLayout(0, gap / 2)));
        head.add(styled(new JLabel(messages.getString("order.title")), "sectionTitle"), BorderLayout.PAGE_START);
        table.setRenderer(new TableRenderer());
        table.setPreferredSize(new Dimension(10, touch));
        JPanel tableRow = transparent(new JPanel(new BorderLayout(gap / 2, 0)));
        tableRow.add(table, BorderLayout.CENTER);
        move.setPreferredSize(new Dimension(84, touch));
        move.setEnabled(false);
        tableRow.add(move, BorderLayout.LINE_END);
        JPanel underTable = transparent(new JPanel(new BorderLayout(0, gap / 2)));
        underTable.add(tableRow, BorderLayout.PAGE_START);
        underTable.add(seating, BorderLayout.CENTER);
        head.add(underTable, BorderLayout.CENTER);
        conflicts.setVisible(false);
        conflicts.setOpaque(true);
        conflicts.setBackground(Ui.color("CedarPos.conflict.background"));
        head.add(conflicts, BorderLayout.PAGE_END);
        column.add(head, BorderLayout.PAGE_START);

        lines.setLayout(new BoxLayout(lines, BoxLayout.PAGE_AXIS));
        column.add(Ui.verticalScroll(transparent(lines)), BorderLayout.CENTER);

        JPanel foot = transparent(new JPanel());
        foot.setLayout(new BoxLayout(foot, BoxLayout.PAGE_AXIS));
        JPanel totalRow = transparent(new JPanel(new BorderLayout()));
        totalRow.add(styled(new JLabel(messages.getString("order.total")), "totalCaption"), BorderLayout.LINE_START);
        totalRow.add(total, BorderLayout.LINE_END);
        foot.add(totalRow);
        foot.add(Box.createVerticalStrut(gap / 2));
        notice.setAlignmentX(Component.LEFT_ALIGNMENT);
        JPanel noticeRow = transparent(new JPanel(new BorderLayout()));
        noticeRow.add(notice, BorderLayout.CENTER);
        foot.add(noticeRow);
        foot.add(Box.createVerticalStrut(gap));
        JPanel buttons = transparent(new JPanel(new BorderLayout(gap, 0)));
        clear.setPreferredSize(new Dimension(120, touch + 8));
        send.setPreferredSize(new Dimension(10, touch + 8));
        buttons.add(clear, BorderLayout.LINE_START);
        buttons.add(send, BorderLayout.CENTER);
        foot.add(buttons);
        foot.add(Box.createVerticalStrut(gap));
        JPanel payRow = transparent(new JPanel(new BorderLayout(gap / 2, 0)));
        pay.setPreferredSize(new Dimension(10, touch + 8));
        discount.setPreferredSize(new Dimension(116, touch + 8));
        split.setPreferredSize(new Dimension(84, touch + 8));
        JPanel checkActions = transparent(new JPanel(new BorderLayout(gap / 2, 0)));
        checkActions.add(discount, BorderLayout.LINE_START);
        checkActions.add(split, BorderLayout.LINE_END);
        payRow.add(checkActions, BorderLayout.LINE_START);
        payRow.add(pay, BorderLayout.CENTER);
        foot.add(payRow);
        column.add(foot, BorderLayout.PAGE_END);
        return column;
    }

    @Override
    public void showCategories(List<CategoryTab> tabs, String selected) {
        assert EventQueue.isDispatchThread();
        categories.removeAll();
        ButtonGroup group = new ButtonGroup();
        categories.add(styled(new JLabel(messages.getString("menu.categories")), "muted"));
        categories.add(Box.createVerticalStrut(gap / 2));
        for (CategoryTab tab : tabs) {
            String key = tab.key();
            JToggleButton b = named(styled(new JToggleButton(tab.name(), key.equals(selected)), "category"),
                    "category:" + key);
            b.setHorizontalAlignment(SwingConstants.LEADING);
            b.setMaximumSize(new Dimension(Integer.MAX_VALUE, touch));
            b.setPreferredSize(new Dimension(160, touch));
            b.setAlignmentX(Component.LEFT_ALIGNMENT);
            b.addActionListener(e -> presenter.selectCategory(key));
            group.add(b);
            categories.add(b);
            categories.add(Box.createVerticalStrut(gap / 2));
        }
        refresh(categories);
    }

    @Override
    public void showItems(List<MenuTile> tiles) {
        assert EventQueue.isDispatchThread();
        boolean captions = tiles.stream().anyMatch(t -> t.caption() != null);
        // the same dishes in the same places (stock moved during a catch-up): replace only the buttons that look
        // different, since building a button is what takes the EDT's time
        boolean sameDishes = captions == shownCaptions && shownItems.size() == tiles.size()
                && items.getComponentCount() == tiles.size();
        for (int i = 0; sameDishes && i < tiles.size(); i++) {
            sameDishes = shownItems.get(i).item().id().equals(tiles.get(i).item().id());
        }
        if (!sameDishes) {
            items.removeAll();
        }
        for (int i = 0; i < tiles.size(); i++) {
            MenuTile tile = tiles.get(i);
            if (sameDishes && shownItems.get(i).equals(tile.looks())) {
                continue;
            }
            JButton b = MenuTileButton.of(tile, arabicFirst, touch, captions, id -> presenter.addItem(id));
            b.applyComponentOrientation(getComponentOrientation());
            if (sameDishes) {
                items.remove(i);
            }
            items.add(b, i);
        }
        shownItems = tiles.stream().map(MenuTile::looks).toList();
        shownCaptions = captions;
        items.revalidate();
        items.repaint();
    }

    static String escape(String text) {
        return Ui.escape(text);
    }

    @Override
    public void showTables(List<TableChoice> tables, TableId selected) {
        assert EventQueue.isDispatchThread();
        updatingTables = true;
        try {
            table.removeAllItems();
            table.addItem(messages.getString("order.noTable"));
            for (TableChoice t : tables) {
                table.addItem(t);
                if (t.id().equals(selected)) {
                    table.setSelectedItem(t);
                }
            }
            if (selected == null) {
                table.setSelectedIndex(0);
            }
        } finally {
            updatingTables = false;
        }
    }

    @Override
    public void showOrder(List<PlacedLine> placed, String conflictBanner, List<DraftLine> draft, Money sum) {
        assert EventQueue.isDispatchThread();
        lines.removeAll();
        if (placed.isEmpty() && draft.isEmpty()) {
            JLabel empty = named(styled(new JLabel(messages.getString("order.empty")), "muted"), "order.empty");
            empty.setBorder(BorderFactory.createEmptyBorder(gap * 2, 0, 0, 0));
            lines.add(empty);
        }
        boolean leftToRight = getComponentOrientation().isLeftToRight();
        for (PlacedLine line : placed) {
            lines.add(PlacedLineRow.of(line, messages, gap, COLUMN_WIDTH, leftToRight, presenter::voidLine));
            lines.add(Box.createVerticalStrut(gap / 2));
        }
        for (DraftLine line : draft) {
            lines.add(lineRow(line));
            lines.add(Box.createVerticalStrut(gap / 2));
        }
        conflicts.setText(conflictBanner == null ? " "
                : PlacedLineRow.wrapped(escape("\u26a0 " + conflictBanner), COLUMN_WIDTH - 2 * (gap + 4) - 24,
                leftToRight));
        conflicts.setVisible(conflictBanner != null);
        conflicts.setBorder(PlacedLineRow.edge(leftToRight, "CedarPos.warning", 6, 8, 6, 8));
        total.setText(sum == null ? "\u2013" : sum.display());
        refresh(lines);
        refresh(conflicts);
    }

    private JComponent lineRow(DraftLine line) {
        JPanel row = named(transparent(new JPanel(new BorderLayout(gap, 0))), "line:" + line.item().nameEn());
        row.add(styled(new JLabel(line.quantity() + "\u00d7"), "lineQty"), BorderLayout.LINE_START);
        String mods = String.join(arabicFirst ? "\u060c " : ", ", line.modifiers().stream()
                .map(m -> arabicFirst ? m.nameAr() : m.nameEn()).toList());
        int rows = 2 + (mods.isEmpty() ? 0 : 1) + (line.note() == null ? 0 : 1);
        JPanel names = transparent(new JPanel(new GridLayout(rows, 1)));
        names.add(styled(new JLabel(arabicFirst ? line.item().nameAr() : line.item().nameEn()), "lineName"));
        if (!mods.isEmpty()) {
            names.add(styled(new JLabel(mods), "muted"));
        }
        if (line.note() != null) {
            names.add(named(styled(new JLabel(MessageFormat.format(messages.getString("order.note"), line.note())),
                    "muted"), "draftNote:" + line.item().nameEn()));
        }
        names.add(styled(new JLabel(line.total().display()), "lineTotal"));
        row.add(names, BorderLayout.CENTER);
        JButton note = named(styled(new JButton("\u270e"), "lineMinus"), "note:" + line.item().nameEn());
        note.setToolTipText(messages.getString("order.addNote"));
        note.getAccessibleContext().setAccessibleName(messages.getString("order.addNote"));
        note.setPreferredSize(new Dimension(48, 48));
        note.addActionListener(e -> presenter.noteLine(line.key()));
        JButton minus = named(styled(new JButton("\u2212"), "lineMinus"), "minus:" + line.item().nameEn());
        minus.setToolTipText(messages.getString("order.removeOne"));
        minus.setPreferredSize(new Dimension(48, 48));
        minus.addActionListener(e -> presenter.removeOne(line.key()));
        JPanel actions = transparent(new JPanel(new GridLayout(1, 2, gap / 2, 0)));
        actions.add(note);
        actions.add(minus);
        row.add(actions, BorderLayout.LINE_END);
        row.setMaximumSize(new Dimension(Integer.MAX_VALUE, 36 + 20 * rows));
        row.setAlignmentX(Component.LEFT_ALIGNMENT);
        return row;
    }

    @Override
    public void setActions(boolean canSend, boolean canClear, boolean startsNew) {
        assert EventQueue.isDispatchThread();
        send.setEnabled(canSend);
        clear.setEnabled(canClear);
        clear.setText(messages.getString(startsNew ? "order.newOrder" : "order.clear"));
    }

    @Override
    public java.util.List<cedarpos.domain.ModifierOption> askModifiers(cedarpos.domain.MenuItem item,
                                                                     java.util.List<cedarpos.domain.ModifierGroup>
                                                                             groups) {
        return ModifierDialog.ask(this, item, groups, messages, arabicFirst);
    }

    @Override
    public void setPayable(boolean payable) {
        assert EventQueue.isDispatchThread();
        pay.setEnabled(payable);
        discount.setEnabled(payable);
        split.setEnabled(payable);
    }

    @Override
    public void showSeating(Seating state) {
        seating.show(state);
        seating.applyComponentOrientation(getComponentOrientation());
    }

    @Override
    public DiscountRequest askDiscount(Money subtotal) {
        return askDiscount(subtotal, List.of());
    }

    @Override
    public DiscountRequest askDiscount(Money subtotal, List<DiscountRequest.Target> lines) {
        return DiscountDialog.ask(this, subtotal, lines, messages);
    }

    @Override
    public char[] askManagerPin(String what) {
        return ManagerPinDialog.ask(this, what, messages);
    }

    @Override
    public String askNote(String lineName, String current) {
        assert EventQueue.isDispatchThread();
        Object answer = JOptionPane.showInputDialog(this,
                MessageFormat.format(messages.getString("order.notePrompt"), lineName),
                messages.getString("order.addNote"), JOptionPane.QUESTION_MESSAGE, null, null,
                current == null ? "" : current);
        return answer == null ? null : answer.toString();
    }

    @Override
    public TableId askMoveTo(List<TableChoice> free) {
        return askMoveTo(free, List.of());
    }

    @Override
    public TableId askMoveTo(List<TableChoice> free, List<TableChoice> withChecks) {
        return MoveDialog.ask(this, free, withChecks, messages);
    }

    @Override
    public void setMovable(boolean movable) {
        assert EventQueue.isDispatchThread();
        move.setEnabled(movable);
    }

    @Override
    public String askVoidReason(String lineName) {
        assert EventQueue.isDispatchThread();
        Object answer = JOptionPane.showInputDialog(this,
                MessageFormat.format(messages.getString("order.voidPrompt"), lineName),
                messages.getString("order.voidTitle"), JOptionPane.QUESTION_MESSAGE);
        return answer == null ? null : answer.toString();
    }

    @Override
    public void showNotice(String text, boolean error) {
        assert EventQueue.isDispatchThread();
        setNotice(text, error ? "CedarPos.notice.error" : "CedarPos.notice.ok");
    }

    @Override
    public void showWarning(String text) {
        assert EventQueue.isDispatchThread();
        setNotice(text, "CedarPos.warning");
    }

    private void setNotice(String text, String colour) {
        int width = COLUMN_WIDTH - 2 * (gap + 4);
        // a notice longer than the column is wide wraps instead of being cut
        boolean fits = text == null || notice.getFontMetrics(notice.getFont()).stringWidth(text) <= width;
        notice.setText(fits ? text : PlacedLineRow.wrapped(escape(text), width,
                getComponentOrientation().isLeftToRight()));
        notice.setForeground(Ui.color(colour));
    }

    private void refresh(JComponent c) {
        c.applyComponentOrientation(getComponentOrientation());
        c.revalidate();
        c.repaint();
    }


    /** Shows a table as "T1 · Main hall · 4 seats". */
    private final class TableRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focus) {
            Object text = value instanceof TableChoice t
                    ? MessageFormat.format(messages.getString("order.tableLabel"), t.label(), t.area(), t.seats())
                    : value;
            Component c = super.getListCellRendererComponent(list, text, index, selected, focus);
            if (c instanceof JLabel l) {
                l.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
            }
            return c;
        }
    }
}
