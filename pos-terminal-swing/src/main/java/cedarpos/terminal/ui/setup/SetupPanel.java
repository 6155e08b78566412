package cedarpos.terminal.ui.setup;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.setup.SetupPresenter.Field;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.JToggleButton;

/**
 * The setup form, built in one language (a language switch builds a new one): a card in the middle of the screen
 * with the language choice, the three inputs, each with its hint or its error under it, and the Enroll button with
 * the progress under it. The address and the code are Latin whatever the language, so they stay left to right.
 */
public final class SetupPanel extends JPanel implements SetupView {
    private static final long serialVersionUID = 1L;
    /** The card's inner width: fits 1024x768 with room, in both directions of writing. */
    static final int WIDTH = 600;

    private final ResourceBundle messages;
    private final boolean leftToRight;
    private final JTextField server;
    private final JTextField code;
    private final JTextField name;
    private final Map<Field, JLabel> errors = new EnumMap<>(Field.class);
    private final Map<Field, JLabel> hints = new EnumMap<>(Field.class);
    private final JButton enroll;
    private final JProgressBar progress;
    private final JLabel progressText;
    private final JToggleButton english;
    private final JToggleButton arabic;

    /**
     * @param onEnroll   the Enroll button or Enter in any input
     * @param onLanguage the other language was chosen
     */
    public SetupPanel(ResourceBundle messages, Locale locale, Runnable onEnroll, Consumer<Locale> onLanguage) {
        super(new GridBagLayout());
        this.messages = messages;
        this.leftToRight = ComponentOrientation.getOrientation(locale).isLeftToRight();
        int gap = Ui.size("CedarPos.gap", 10);
        JPanel card = styled(new JPanel(new GridBagLayout()), "card");
        card.setBorder(BorderFactory.createEmptyBorder(gap * 2, gap * 3, gap * 2, gap * 3));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.anchor = GridBagConstraints.LINE_START;

        JPanel top = new JPanel(new BorderLayout(gap, 0));
        top.setOpaque(false);
        top.add(named(styled(new JLabel(messages.getString("setup.title")), "setupTitle"), "setup.title"),
                BorderLayout.LINE_START);
        JPanel languages = new JPanel(new FlowLayout(FlowLayout.TRAILING, gap / 2, 0));
        languages.setOpaque(false);
        languages.add(styled(new JLabel(messages.getString("setup.language")), "muted"));
        // each named in its own language, so that whoever reads only that one finds it
        english = language("English", "setup.lang.en", Locale.ENGLISH, locale, onLanguage);
        arabic = language("\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "setup.lang.ar", Locale.forLanguageTag("ar"),
                locale, onLanguage);
        ButtonGroup group = new ButtonGroup();
        group.add(english);
        group.add(arabic);
        languages.add(english);
        languages.add(arabic);
        top.add(languages, BorderLayout.LINE_END);
        card.add(top, c);
        c.gridy++;
        c.insets = new Insets(gap, 0, gap / 2, 0);
        card.add(named(styled(new JLabel(wrapped(messages.getString("setup.intro"))), "setupIntro"), "setup.intro"),
                c);

        server = input("server", card, c, gap);
        code = input("code", card, c, gap);
        name = input("name", card, c, gap);
        for (JTextField f : new JTextField[] {server, code, name}) {
            f.addActionListener(e -> onEnroll.run());
        }

        c.gridy++;
        c.insets = new Insets(gap * 2, 0, 0, 0);
        enroll = named(styled(new JButton(messages.getString("setup.enroll")), "setupEnroll"), "setup.enroll");
        enroll.setPreferredSize(new Dimension(10, Ui.size("CedarPos.touchHeight", 56) + 8));
        enroll.addActionListener(e -> onEnroll.run());
        card.add(enroll, c);
        c.gridy++;
        c.insets = new Insets(gap / 2, 0, 0, 0);
        errors.put(Field.FORM, error("setup.form.error"));
        card.add(errors.get(Field.FORM), c);
        c.gridy++;
        progress = named(styled(new JProgressBar(), "catchUp"), "setup.progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setPreferredSize(new Dimension(10, Ui.size("CedarPos.progressHeight", 12)));
        card.add(progress, c);
        c.gridy++;
        progressText = named(styled(new JLabel(" "), "muted"), "setup.progressText");
        card.add(progressText, c);

        card.setPreferredSize(new Dimension(WIDTH + gap * 6, card.getPreferredSize().height + gap * 4));
        add(card);
        applyComponentOrientation(ComponentOrientation.getOrientation(locale));
        // an address and a code read left to right in either language
        server.applyComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
        code.applyComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
    }

    private JToggleButton language(String label, String buttonName, Locale language, Locale current,
                                   Consumer<Locale> onLanguage) {
        JToggleButton b = named(styled(new JToggleButton(label), "setupLanguage"), buttonName);
        b.setSelected(language.getLanguage().equals(current.getLanguage()));
        b.setFocusable(false);
        b.addActionListener(e -> {
            if (!language.getLanguage().equals(current.getLanguage())) {
                onLanguage.accept(language);
            }
        });
        return b;
    }

    private JTextField input(String key, JPanel card, GridBagConstraints c, int gap) {
        c.gridy++;
        c.insets = new Insets(gap, 0, gap / 3, 0);
        JLabel label = named(styled(new JLabel(messages.getString("setup." + key)), "setupLabel"),
                "setup." + key + ".label");
        card.add(label, c);
        c.gridy++;
        c.insets = new Insets(0, 0, gap / 3, 0);
        JTextField field = named(styled(new JTextField(), "setupField"), "setup." + key);
        field.setPreferredSize(new Dimension(10, Ui.size("CedarPos.touchHeight", 56)));
        label.setLabelFor(field);
        card.add(field, c);
        c.gridy++;
        c.insets = new Insets(0, 0, 0, 0);
        Field f = Field.valueOf(key.toUpperCase(Locale.ROOT));
        JLabel hint = named(styled(new JLabel(messages.getString("setup." + key + ".hint")), "setupHint"),
                "setup." + key + ".hint");
        hints.put(f, hint);
        card.add(hint, c);
        c.gridy++;
        errors.put(f, error("setup." + key + ".error"));
        card.add(errors.get(f), c);
        return field;
    }

    private JLabel error(String labelName) {
        JLabel l = named(styled(new JLabel(), "setupError"), labelName);
        l.setVisible(false);
        return l;
    }

    /** Wraps within the card, aligned where the language starts its lines. */
    private String wrapped(String text) {
        return Ui.wrapped(text, WIDTH, leftToRight);
    }

    public String server() {
        return server.getText();
    }

    public String code() {
        return code.getText();
    }

    public String name() {
        return name.getText();
    }

    /** Fills the inputs (what the other language's form held, or what the command line gave). */
    public void fill(String serverText, String codeText, String nameText) {
        assert EventQueue.isDispatchThread();
        server.setText(serverText);
        code.setText(codeText);
        name.setText(nameText);
    }

    /** The first input still empty takes the focus. */
    public void focusFirstEmpty() {
        for (JTextField f : new JTextField[] {server, code, name}) {
            if (f.getText().isBlank()) {
                f.requestFocusInWindow();
                return;
            }
        }
        enroll.requestFocusInWindow();
    }

    @Override
    public void showError(Field field, String text) {
        assert EventQueue.isDispatchThread();
        JLabel l = errors.get(field);
        l.setText(text == null ? "" : wrapped(text));
        l.putClientProperty("plainText", text);
        l.setVisible(text != null);
        JComponent hint = hints.get(field);
        if (hint != null) {
            hint.setVisible(text == null);
        }
    }

    @Override
    public void showBusy(String text) {
        assert EventQueue.isDispatchThread();
        boolean busy = text != null;
        for (JComponent c : new JComponent[] {server, code, name, enroll, english, arabic}) {
            c.setEnabled(!busy);
        }
        progress.setVisible(busy);
        progressText.setText(busy ? text : " ");
    }
}
