package cedarpos.terminal.ui.payment;

import static cedarpos.terminal.ui.kit.Ui.transparent;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.Currency;
import cedarpos.terminal.ui.kit.NumberPad;
import cedarpos.terminal.ui.kit.Ui;
import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.ui.FlatLineBorder;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;

/**
 * The payment screen: the check and what has been taken on one side, the keypad on the other. Passive: the presenter
 * decides. Mirrored for Arabic, except the keypad, whose keys sit where they do on every keypad.
 */
public final class PaymentPanel extends JPanel implements PaymentView {
    private static final long serialVersionUID = 1L;

    private final ResourceBundle messages;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final int touch = Ui.size("CedarPos.touchHeight", 56);
    private final int keyHeight = Math.max(64, Ui.size("payment.keyHeight", 64));
    private final int checkWidth = Ui.size("payment.checkWidth", 460);

    private final JLabel title = named(styled(new JLabel(" "), "paymentTitle"), "payment.title");
    private final JLabel subtotal = value("payment.subtotal");
    private final JLabel discount = value("payment.discount");
    private final JLabel vatCaption = named(styled(new JLabel(" "), "paymentCaption"), "payment.vatCaption");
    private final JLabel vat = value("payment.vat");
    private final JLabel due = named(styled(new JLabel(" "), "paymentDue"), "payment.due");
    private final JLabel dueOther = named(styled(new JLabel(" "), "paymentOther"), "payment.dueOther");
    private final JPanel discountRow;
    private final JPanel vatRow;
    private final TenderList tenders;
    private final JLabel remaining = named(styled(new JLabel(" "), "paymentRemaining"), "payment.remaining");
    private final JLabel remainingOther = named(styled(new JLabel(" "), "paymentOther"), "payment.remainingOther");
    private final JLabel change = named(styled(new JLabel(" "), "paymentChange"), "payment.change");
    private final Map<Currency, JToggleButton> changeIn = new EnumMap<>(Currency.class);
    private final JPanel changeToggles = transparent(new JPanel(new GridLayout(1, 0, gap / 2, 0)));
    private final JButton complete;
    private final JButton back;

    private final JLabel amount = named(styled(new JLabel(" "), "paymentAmount"), "payment.amount");
    private final JLabel message = named(styled(new JLabel(" "), "paymentMessage"), "payment.message");
    private final Map<Currency, JToggleButton> currency = new EnumMap<>(Currency.class);
    private final JPanel currencyRow = transparent(new JPanel(new GridLayout(1, 2, gap, 0)));
    private final JLabel hint = named(styled(new JLabel(" "), "paymentHint"), "payment.hint");
    private final JPanel quickRow = transparent(new JPanel(new GridLayout(1, 0, gap / 2 + 2, 0)));
    private final NumberPad keypad;
    private final JButton cash;
    private final JButton card;
    /** What waits while a payment is being saved: everything but Complete (which has its own rule). */
    private final List<AbstractButton> editing = new ArrayList<>();
    private final List<AbstractButton> quickButtons = new ArrayList<>();
    private transient PaymentPresenter presenter;
    private boolean busy;
    private boolean decimals = true;

    public PaymentPanel(ResourceBundle messages) {
        super(new BorderLayout(0, 0));
        this.messages = messages;
        setName("payment");
        complete = named(styled(new JButton(messages.getString("payment.complete")), "paymentComplete"),
                "payment.complete");
        back = named(styled(new JButton(messages.getString("payment.back")), "paymentBack"), "payment.back");
        tenders = new TenderList(messages, gap);
        // backspace and clear twice as tall
        keypad = NumberPad.rows("7 8 9 back", "4 5 6 back", "1 2 3 clear", "00 0 point clear")
                .named(id -> "payment.key." + id).style("paymentKey").style("back", "paymentKeyBack")
                .style("clear", "paymentKeyClear").label("point", ".").label("back", NumberPad.BACKSPACE)
                .label("clear", messages.getString("payment.key.clear")).keySize(80, keyHeight)
                .minimumKeySize(64, keyHeight).gap(gap / 2).build(this::key);
        keypad.key("back").setToolTipText(messages.getString("payment.key.back"));
        keypad.key("back").getAccessibleContext().setAccessibleName(messages.getString("payment.key.back"));
        cash = named(styled(new JButton(messages.getString("payment.cash")), "paymentCash"), "payment.cash");
        card = named(styled(new JButton(messages.getString("payment.card")), "paymentCard"), "payment.card");
        discountRow = row("payment.discount", discount);
        vatRow = row(vatCaption, vat);
        for (Currency c : Currency.values()) {
            currency.put(c, named(styled(new JToggleButton(messages.getString("payment.currency." + c.name())),
                    "paymentCurrency"), "payment.currency." + c.name()));
            changeIn.put(c, named(styled(new JToggleButton(messages.getString("payment.changeIn." + c.name())),
                    "paymentChangeIn"), "payment.change." + c.name()));
        }
        add(checkColumn(), BorderLayout.LINE_START);
        add(entryColumn(), BorderLayout.CENTER);
    }

    public void bind(PaymentPresenter p) {
        this.presenter = p;
        complete.addActionListener(e -> presenter.complete());
        back.addActionListener(e -> presenter.back());
        cash.addActionListener(e -> presenter.cash());
        card.addActionListener(e -> presenter.card());
        currency.forEach((c, b) -> b.addActionListener(e -> presenter.selectCurrency(c)));
        changeIn.forEach((c, b) -> b.addActionListener(e -> presenter.selectChangeCurrency(c)));
    }

    // the check and what was taken

    private JComponent checkColumn() {
        JPanel column = new JPanel(new BorderLayout(0, gap));
        column.setBackground(Ui.color("CedarPos.panel.background"));
        column.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 0, 1, Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(gap + 4, gap * 2, gap + 4, gap * 2)));
        column.setPreferredSize(new Dimension(checkWidth, 10));

        JPanel summary = stack();
        summary.add(line(title));
        summary.add(Box.createVerticalStrut(gap / 2));
        summary.add(row("payment.subtotal", subtotal));
        summary.add(discountRow);
        summary.add(vatRow);
        JPanel dueRow = row(styled(new JLabel(messages.getString("payment.due")), "paymentDueCaption"), due);
        dueRow.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(gap / 2, 0, 0, 0)));
        summary.add(Box.createVerticalStrut(gap / 2));
        summary.add(dueRow);
        summary.add(trailing(dueOther));
        column.add(summary, BorderLayout.PAGE_START);

        JPanel taken = transparent(new JPanel(new BorderLayout(0, gap / 2)));
        taken.add(styled(new JLabel(messages.getString("payment.tenders")), "paymentSection"),
                BorderLayout.PAGE_START);
        JScrollPane scroll = new JScrollPane(tenders, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        taken.add(scroll, BorderLayout.CENTER);
        column.add(taken, BorderLayout.CENTER);

        JPanel foot = stack();
        JPanel remainingRow = row(styled(new JLabel(messages.getString("payment.remaining")), "paymentSection"),
                remaining);
        remainingRow.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(gap / 2, 0, 0, 0)));
        foot.add(remainingRow);
        foot.add(trailing(remainingOther));
        foot.add(Box.createVerticalStrut(gap / 2));
        JPanel changeRow = transparent(new JPanel(new BorderLayout(gap, 0)));
        JPanel changeLeft = transparent(new JPanel(new BorderLayout(gap, 0)));
        changeLeft.add(styled(new JLabel(messages.getString("payment.change")), "paymentSection"),
                BorderLayout.LINE_START);
        ButtonGroup changeGroup = new ButtonGroup();
        for (JToggleButton b : changeIn.values()) {
            changeGroup.add(b);
            b.setPreferredSize(new Dimension(Math.max(72, b.getPreferredSize().width + gap), 48));
            editing.add(b);
        }
        changeLeft.add(changeToggles, BorderLayout.CENTER);
        changeRow.add(changeLeft, BorderLayout.LINE_START);
        change.setHorizontalAlignment(SwingConstants.TRAILING);
        changeRow.add(change, BorderLayout.CENTER);
        foot.add(line(changeRow));
        foot.add(Box.createVerticalStrut(gap + 4));
        JPanel buttons = transparent(new JPanel(new BorderLayout(gap, 0)));
        back.setPreferredSize(new Dimension(Math.max(110, back.getPreferredSize().width + gap * 2), keyHeight));
        complete.setPreferredSize(new Dimension(10, keyHeight));
        buttons.add(back, BorderLayout.LINE_START);
        buttons.add(complete, BorderLayout.CENTER);
        editing.add(back);
        foot.add(line(buttons));
        column.add(foot, BorderLayout.PAGE_END);
        return column;
    }

    // the keypad

    private JComponent entryColumn() {
        JPanel column = new JPanel(new GridBagLayout());
        column.setBorder(BorderFactory.createEmptyBorder(gap + 4, gap * 2, gap + 4, gap * 2));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.insets = new Insets(0, 0, gap - 2, 0);

        amount.setOpaque(true);
        amount.setHorizontalAlignment(SwingConstants.TRAILING);
        amount.setBorder(new FlatLineBorder(new Insets(4, 16, 4, 16), Ui.color("CedarPos.panel.border"), 1, 14));
        amount.setPreferredSize(new Dimension(10, keyHeight));
        amount.getAccessibleContext().setAccessibleName(messages.getString("payment.amount"));
        column.add(amount, c);

        // two lines always: a message coming and going does not move the keys under the cashier's finger
        message.setVerticalAlignment(SwingConstants.TOP);
        message.setPreferredSize(new Dimension(10, 44));
        column.add(message, c);

        ButtonGroup group = new ButtonGroup();
        for (JToggleButton b : currency.values()) {
            group.add(b);
            editing.add(b);
        }
        currencyRow.setPreferredSize(new Dimension(10, touch - 4));
        column.add(currencyRow, c);
        quickRow.setPreferredSize(new Dimension(10, touch - 4));
        column.add(quickRow, c);

        c.weighty = 1;
        column.add(keypad, c);
        c.weighty = 0;
        c.insets = new Insets(0, 0, 0, 0);
        JPanel tenderButtons = transparent(new JPanel(new GridLayout(1, 2, gap, 0)));
        tenderButtons.add(cash);
        tenderButtons.add(card);
        editing.add(cash);
        editing.add(card);
        tenderButtons.setPreferredSize(new Dimension(10, keyHeight + 4));
        column.add(tenderButtons, c);
        return column;
    }

    // PaymentView

    @Override
    public void showSummary(Summary s) {
        assert EventQueue.isDispatchThread();
        title.setText(s.title());
        subtotal.setText(s.subtotal());
        discount.setText(s.discount() == null ? " " : s.discount());
        discountRow.setVisible(s.discount() != null);
        vatCaption.setText(s.vatCaption() == null ? " " : s.vatCaption());
        vat.setText(s.vat());
        vatRow.setVisible(s.vatCaption() != null);
        due.setText(s.due());
        dueOther.setText(s.dueOther() == null ? " " : s.dueOther());
        dueOther.setVisible(s.dueOther() != null);
        refresh(this);
    }

    @Override
    public void showEntry(Entry e) {
        assert EventQueue.isDispatchThread();
        amount.setText(e.amount());
        currencyRow.removeAll();
        for (Currency c : Currency.values()) {
            if (e.currencies().contains(c)) {
                currency.get(c).setSelected(c == e.currency());
                currencyRow.add(currency.get(c));
            }
        }
        hint.setText(e.hint() == null ? " " : wrapped(e.hint(), 240));
        if (e.hint() != null) {
            currencyRow.add(hint);
        }
        decimals = e.decimals();
        quickButtons.clear();
        quickRow.removeAll();
        JButton exact = named(styled(new JButton(messages.getString("payment.exact")), "paymentExact"),
                "payment.exact");
        exact.addActionListener(ev -> presenter.exact());
        addQuick(exact);
        for (Note n : e.notes()) {
            JButton b = named(styled(new JButton(n.label()), "paymentNote"),
                    "payment.note." + n.amount().currency().name() + "." + n.amount().toMajor().toBigInteger());
            b.addActionListener(ev -> presenter.note(n.amount()));
            addQuick(b);
        }
        enableEditing();
        refresh(currencyRow);
        refresh(quickRow);
    }

    private void addQuick(JButton b) {
        b.setFocusable(false);
        b.setMargin(new Insets(2, 4, 2, 4));
        quickRow.add(b);
        quickButtons.add(b);
    }

    @Override
    public void showTenders(List<TenderRow> rows) {
        assert EventQueue.isDispatchThread();
        tenders.show(rows, index -> presenter.removeTender(index));
        enableEditing();
        refresh(tenders);
    }

    @Override
    public void showBalance(Balance b) {
        assert EventQueue.isDispatchThread();
        remaining.setText(b.remaining());
        remaining.putClientProperty(FlatClientProperties.STYLE_CLASS, b.covered() ? "paymentRemainingDone"
                : "paymentRemaining");
        remainingOther.setText(b.remainingOther() == null ? " " : b.remainingOther());
        remainingOther.setVisible(b.remainingOther() != null);
        change.setText(b.change());
        changeToggles.removeAll();
        if (b.changeCurrencies().size() > 1) {
            for (Currency c : Currency.values()) {
                if (b.changeCurrencies().contains(c)) {
                    changeIn.get(c).setSelected(c == b.changeIn());
                    changeToggles.add(changeIn.get(c));
                }
            }
        }
        refresh(changeToggles);
        refresh(remaining);
    }

    @Override
    public void setActions(boolean canComplete, boolean saving) {
        assert EventQueue.isDispatchThread();
        busy = saving;
        complete.setEnabled(canComplete);
        complete.setText(messages.getString(saving ? "payment.saving" : "payment.complete"));
        enableEditing();
    }

    private void enableEditing() {
        for (List<AbstractButton> buttons : List.of(editing, quickButtons)) {
            for (AbstractButton b : buttons) {
                b.setEnabled(!busy);
            }
        }
        keypad.setEnabled(!busy);
        // the point key works only for a currency with decimals
        keypad.key("point").setEnabled(!busy && decimals);
        tenders.setRemovable(!busy);
    }

    @Override
    public void showMessage(String text, boolean error) {
        assert EventQueue.isDispatchThread();
        message.setForeground(Ui.color(error ? "CedarPos.notice.error" : "CedarPos.notice.ok"));
        int width = message.getWidth() > 0 ? message.getWidth() : 500;
        message.setText(text == null || text.isEmpty() ? " " : wrapped(text, width - 8));
    }

    // building blocks

    private String wrapped(String text, int width) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        boolean leftToRight = getComponentOrientation().isLeftToRight();
        // Swing's CSS "px" is about 4/3 of a screen pixel
        return "<html><div style='width:" + width * 3 / 4 + "px" + (leftToRight ? "" : "; text-align:right") + "'>"
                + escaped + "</div></html>";
    }

    private JLabel value(String name) {
        return named(styled(new JLabel(" "), "paymentValue"), name);
    }

    private JPanel row(String captionKey, JLabel valueLabel) {
        return row(styled(new JLabel(messages.getString(captionKey)), "paymentCaption"), valueLabel);
    }

    private JPanel row(JLabel caption, JLabel valueLabel) {
        JPanel row = transparent(new JPanel(new BorderLayout(gap, 0)));
        row.setBorder(BorderFactory.createEmptyBorder(2, 0, 2, 0));
        row.add(caption, BorderLayout.LINE_START);
        valueLabel.setHorizontalAlignment(SwingConstants.TRAILING);
        row.add(valueLabel, BorderLayout.CENTER);
        return line(row);
    }

    private JPanel trailing(JLabel label) {
        JPanel row = transparent(new JPanel(new BorderLayout()));
        label.setHorizontalAlignment(SwingConstants.TRAILING);
        row.add(label, BorderLayout.CENTER);
        return line(row);
    }

    /** A full-width line of a column (the columns' stacks get their preferred heights: nothing stretches). */
    private static <C extends JComponent> C line(C c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        return c;
    }

    private static JPanel stack() {
        JPanel p = transparent(new JPanel());
        p.setLayout(new BoxLayout(p, BoxLayout.PAGE_AXIS));
        return p;
    }


    private void refresh(JComponent c) {
        c.applyComponentOrientation(getComponentOrientation());
        c.revalidate();
        c.repaint();
    }

    private void key(String id) {
        switch (id) {
            case "00" -> presenter.doubleZero();
            case "point" -> presenter.decimalPoint();
            case "back" -> presenter.backspace();
            case "clear" -> presenter.clearAmount();
            default -> presenter.digit(Integer.parseInt(id));
        }
    }
}
