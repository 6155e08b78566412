package cedarpos.terminal.ui.shift;

import static cedarpos.terminal.ui.kit.Ui.transparent;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.Currency;
import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.Shift;
import cedarpos.domain.shift.ZReport;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import javax.swing.text.JTextComponent;

/**
 * The shift screen: the float form when no shift is open; the open shift with its pay-ins and pay-outs, the forms
 * to pay in, pay out (with a manager's PIN) and close with a count; the Z report once closed. A number pad types
 * into the field last touched. Passive: {@link ShiftPresenter} decides. Component names (for GUI tests) start with
 * {@code shift.}; the report's with {@code zreport.}.
 */
public final class ShiftPanel extends JPanel implements ShiftView {
    private static final long serialVersionUID = 1L;
    private static final String OPEN = "open";
    private static final String SHIFT = "shift";
    private static final String REPORT = "report";

    private enum Mode {
        PAY_IN,
        PAY_OUT,
        CLOSE
    }

    private final ResourceBundle messages;
    private final ComponentOrientation orientation;
    private final int gap = Ui.size("CedarPos.gap", 10);
    private final int touch = Ui.size("CedarPos.touchHeight", 56);
    private final CardLayout deckLayout = new CardLayout();
    private final JPanel deck = new JPanel(deckLayout);
    private final CardLayout formsLayout = new CardLayout();
    private final JPanel forms = new JPanel(formsLayout);
    private final TypingKeys keypad;
    private final JPanel keypadColumn = new JPanel(new BorderLayout());
    private final JLabel message = named(styled(new JLabel(" "), "notice"), "shift.message");
    private final List<JComponent> actions = new ArrayList<>();

    private final JTextField floatUsd = amountField("shift.floatUsd");
    private final JTextField floatLbp = amountField("shift.floatLbp");
    private final JButton open;
    private final JButton lastReport;

    private final JToggleButton payInMode;
    private final JToggleButton payOutMode;
    private final JToggleButton closeMode;
    private final JTextField amount = amountField("shift.amount");
    private final JToggleButton usd;
    private final JToggleButton lbp;
    private final JTextField reason = named(styled(new JTextField(), "shiftReason"), "shift.reason");
    private final JLabel pinCaption;
    private final JPasswordField managerPin = named(styled(new JPasswordField(), "shiftPin"), "shift.managerPin");
    private final JButton record;
    private final JTextField countedUsd = amountField("shift.countedUsd");
    private final JTextField countedLbp = amountField("shift.countedLbp");
    private final JButton close;

    private final DrawerSummary summary;
    private final ZReportPanel report;
    private final JButton done;
    private transient ShiftPresenter presenter;
    private Mode mode = Mode.PAY_IN;
    private boolean busy;

    public ShiftPanel(ResourceBundle messages, Locale locale) {
        super(new BorderLayout(0, 0));
        this.messages = messages;
        this.orientation = ComponentOrientation.getOrientation(locale);
        keypad = new TypingKeys(messages.getString("shift.keypad.clear"), gap / 2 + 2, 60);
        open = action(named(styled(new JButton(messages.getString("shift.open.submit")), "send"), "shift.open"));
        lastReport = action(named(styled(new JButton(messages.getString("shift.lastReport")), "secondary"),
                "shift.lastReport"));
        payInMode = choice("shift.mode.payIn", "shift.mode.payIn");
        payOutMode = choice("shift.mode.payOut", "shift.mode.payOut");
        closeMode = choice("shift.mode.close", "shift.mode.close");
        usd = choice("shift.currency.USD", "shift.currency.USD");
        lbp = choice("shift.currency.LBP", "shift.currency.LBP");
        pinCaption = caption("shift.managerPin");
        record = action(named(styled(new JButton(messages.getString("shift.payIn.submit")), "shiftSubmit"),
                "shift.record"));
        close = action(named(styled(new JButton(messages.getString("shift.close.submit")), "shiftSubmit"),
                "shift.close"));
        done = action(named(styled(new JButton(messages.getString("shift.done")), "send"), "shift.done"));
        summary = new DrawerSummary(messages, locale);
        report = named(new ZReportPanel(messages, locale), "zreport");

        deck.add(openCard(), OPEN);
        deck.add(shiftCard(), SHIFT);
        deck.add(reportCard(), REPORT);
        add(deck, BorderLayout.CENTER);
        keypadColumn.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap, gap, gap * 2));
        keypadColumn.add(keypad.pad(), BorderLayout.PAGE_START);
        add(keypadColumn, BorderLayout.LINE_END);
        message.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap * 2, gap, gap * 2));
        message.setPreferredSize(new Dimension(10, 40));
        add(message, BorderLayout.PAGE_END);
        for (JTextComponent f : List.of(floatUsd, floatLbp, amount, managerPin, countedUsd, countedLbp)) {
            f.addFocusListener(new FocusAdapter() {
                @Override
                public void focusGained(FocusEvent e) {
                    keypad.target(f);
                }
            });
        }
        ButtonGroup modes = new ButtonGroup();
        List.of(payInMode, payOutMode, closeMode).forEach(modes::add);
        ButtonGroup currencies = new ButtonGroup();
        currencies.add(usd);
        currencies.add(lbp);
        usd.setSelected(true);
        payInMode.setSelected(true);
        applyComponentOrientation(orientation);
        showMode(Mode.PAY_IN);
        deckLayout.show(deck, OPEN);
        keypad.target(floatUsd);
    }

    public void bind(ShiftPresenter p) {
        presenter = p;
        open.addActionListener(e -> presenter.openShift(floatUsd.getText(), floatLbp.getText()));
        floatLbp.addActionListener(e -> presenter.openShift(floatUsd.getText(), floatLbp.getText()));
        lastReport.addActionListener(e -> presenter.reprintLast());
        payInMode.addActionListener(e -> showMode(Mode.PAY_IN));
        payOutMode.addActionListener(e -> showMode(Mode.PAY_OUT));
        closeMode.addActionListener(e -> showMode(Mode.CLOSE));
        record.addActionListener(e -> recordMovement());
        close.addActionListener(e -> presenter.closeShift(countedUsd.getText(), countedLbp.getText()));
        done.addActionListener(e -> presenter.done());
    }

    private void recordMovement() {
        Currency currency = lbp.isSelected() ? Currency.LBP : Currency.USD;
        if (mode == Mode.PAY_OUT) {
            char[] pin = managerPin.getPassword();
            managerPin.setText("");
            presenter.payOut(amount.getText(), currency, reason.getText(), pin);
        } else {
            presenter.payIn(amount.getText(), currency, reason.getText());
        }
    }

    // ---------------------------------------------------------------- cards

    private JComponent openCard() {
        JPanel card = styled(new JPanel(new GridBagLayout()), "card");
        card.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(Ui.color("CedarPos.panel.border")),
                BorderFactory.createEmptyBorder(gap * 2, gap * 3, gap * 2, gap * 3)));
        Stack s = new Stack(card);
        s.add(styled(new JLabel(messages.getString("shift.open.title")), "sectionTitle"), 0);
        s.add(styled(new JLabel(messages.getString("shift.open.hint")), "muted"), gap);
        s.add(caption("shift.floatUsd"), gap);
        s.add(floatUsd, gap / 3);
        s.add(caption("shift.floatLbp"), gap);
        s.add(floatLbp, gap / 3);
        open.setPreferredSize(new Dimension(10, touch + 8));
        s.add(open, gap * 2);
        lastReport.setPreferredSize(new Dimension(10, touch));
        s.add(lastReport, gap);
        card.setPreferredSize(new Dimension(520, card.getPreferredSize().height));
        JPanel outer = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.PAGE_START;
        c.weighty = 1;
        c.insets = new Insets(gap * 2, gap * 2, 0, 0);
        outer.add(card, c);
        return outer;
    }

    private JComponent shiftCard() {
        JPanel card = new JPanel(new BorderLayout(0, 0));
        card.add(summary, BorderLayout.LINE_START);
        JPanel right = new JPanel(new BorderLayout(0, gap));
        right.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 2, 0, gap));
        JPanel modes = new JPanel(new GridLayout(1, 3, gap / 2, 0));
        modes.add(payInMode);
        modes.add(payOutMode);
        modes.add(closeMode);
        modes.setPreferredSize(new Dimension(10, touch));
        right.add(modes, BorderLayout.PAGE_START);
        forms.add(movementForm(), "movement");
        forms.add(closeForm(), "close");
        right.add(forms, BorderLayout.CENTER);
        card.add(right, BorderLayout.CENTER);
        return card;
    }

    private JComponent movementForm() {
        JPanel form = new JPanel(new GridBagLayout());
        Stack s = new Stack(form);
        JPanel currencies = new JPanel(new GridLayout(1, 2, gap / 2, 0));
        currencies.add(usd);
        currencies.add(lbp);
        s.add(currencies, 0);
        s.add(caption("shift.amount"), gap / 2);
        s.add(amount, gap / 3);
        s.add(caption("shift.reason"), gap);
        reason.setPreferredSize(new Dimension(10, touch));
        s.add(reason, gap / 3);
        s.add(pinCaption, gap);
        managerPin.setPreferredSize(new Dimension(10, touch));
        s.add(managerPin, gap / 3);
        record.setPreferredSize(new Dimension(10, touch + 8));
        s.add(record, gap * 2);
        s.fill();
        return form;
    }

    private JComponent closeForm() {
        JPanel form = new JPanel(new GridBagLayout());
        Stack s = new Stack(form);
        s.add(styled(new JLabel(messages.getString("shift.close.hint")), "muted"), 0);
        s.add(caption("shift.countedUsd"), gap);
        s.add(countedUsd, gap / 3);
        s.add(caption("shift.countedLbp"), gap);
        s.add(countedLbp, gap / 3);
        close.setPreferredSize(new Dimension(10, touch + 8));
        s.add(close, gap * 2);
        s.fill();
        return form;
    }

    private JComponent reportCard() {
        JPanel card = new JPanel(new BorderLayout(0, 0));
        card.add(report, BorderLayout.CENTER);
        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, 0, gap * 2));
        done.setPreferredSize(new Dimension(200, touch));
        bar.add(done, BorderLayout.LINE_END);
        card.add(bar, BorderLayout.PAGE_END);
        return card;
    }

    // ---------------------------------------------------------------- view

    @Override
    public void showOpenForm() {
        assert EventQueue.isDispatchThread();
        floatUsd.setText("");
        floatLbp.setText("");
        show(OPEN);
        focus(floatUsd);
    }

    @Override
    public void showShift(Shift shift, List<DrawerMovement> list) {
        assert EventQueue.isDispatchThread();
        summary.show(shift, list);
        boolean wasShowing = isCard(SHIFT);
        show(SHIFT);
        if (!wasShowing) {
            countedUsd.setText("");
            countedLbp.setText("");
            clearMovementForm();
            payInMode.setSelected(true);
            showMode(Mode.PAY_IN);
        }
    }

    @Override
    public void showReport(ZReport z) {
        assert EventQueue.isDispatchThread();
        report.render(z);
        countedUsd.setText("");
        countedLbp.setText("");
        show(REPORT);
    }

    @Override
    public void showMessage(String text, boolean error) {
        assert EventQueue.isDispatchThread();
        message.setText(text == null || text.isEmpty() ? " " : text);
        message.setForeground(Ui.color(error ? "CedarPos.notice.error" : "CedarPos.notice.ok"));
    }

    @Override
    public void setBusy(boolean on) {
        assert EventQueue.isDispatchThread();
        busy = on;
        actions.forEach(a -> a.setEnabled(!on));
        keypad.setEnabled(!on);
    }

    @Override
    public void clearMovementForm() {
        assert EventQueue.isDispatchThread();
        amount.setText("");
        reason.setText("");
        managerPin.setText("");
        if (isCard(SHIFT) && mode != Mode.CLOSE) {
            focus(amount);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void showMode(Mode m) {
        mode = m;
        boolean out = m == Mode.PAY_OUT;
        pinCaption.setVisible(out);
        managerPin.setVisible(out);
        record.setText(messages.getString(out ? "shift.payOut.submit" : "shift.payIn.submit"));
        formsLayout.show(forms, m == Mode.CLOSE ? "close" : "movement");
        focus(m == Mode.CLOSE ? countedUsd : amount);
    }

    private void show(String card) {
        deckLayout.show(deck, card);
        deck.putClientProperty("card", card);
        keypadColumn.setVisible(!REPORT.equals(card));
        revalidate();
        repaint();
    }

    private boolean isCard(String card) {
        return card.equals(deck.getClientProperty("card"));
    }

    private void focus(JTextComponent field) {
        keypad.target(field);
        field.requestFocusInWindow();
    }

    private JTextField amountField(String name) {
        JTextField f = named(styled(new JTextField(), "shiftAmount"), name);
        f.setHorizontalAlignment(SwingConstants.TRAILING);
        f.setPreferredSize(new Dimension(10, touch));
        return f;
    }

    private JLabel caption(String key) {
        return styled(new JLabel(messages.getString(key)), "shiftCaption");
    }

    private JToggleButton choice(String key, String name) {
        JToggleButton b = action(named(styled(new JToggleButton(messages.getString(key)), "shiftChoice"), name));
        b.setFocusable(false);
        b.setPreferredSize(new Dimension(b.getPreferredSize().width, touch));
        return b;
    }

    private <C extends JComponent> C action(C c) {
        actions.add(c);
        return c;
    }


    /** For tests: the keypad, the field it types into. */
    TypingKeys keypad() {
        return keypad;
    }

    boolean busy() {
        return busy;
    }
}
