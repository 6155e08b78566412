package cedarpos.terminal.ui.shift;

import static cedarpos.terminal.testing.LebaneseCatalog.ALMAZA;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.KNEFEH;
import static cedarpos.terminal.testing.LebaneseCatalog.LEMONADE;
import static cedarpos.terminal.testing.LebaneseCatalog.MEDIUM;
import static cedarpos.terminal.testing.LebaneseCatalog.MIXED_GRILL;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.TABBOULEH;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.TillRobot;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.WindowConstants;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shift screen on a real store, at the size it gets under the terminal's header (1024x650), driven like a
 * cashier through a realistic evening: four checks in both currencies, two discounts, a void, a pay-in and two
 * pay-outs, one check still open at closing. Renders docs/screenshots/zreport.png and zreport-ar.png.
 */
class ShiftPanelIT {
    static final String KARIM = "Karim Nassar";
    /** A bound only a broken screen reaches: on a loaded machine a step may take seconds. */
    static final long WAIT_MS = 60_000;

    @TempDir
    Path dir;
    TerminalStore store;
    Robot robot;
    FrameFixture window;
    ShiftPanel panel;

    @BeforeAll
    static void display() throws InterruptedException {
        Display.prepareSwing();
    }

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        }
        store.close();
        Display.closeAllWindows();
    }

    @Test
    void anEveningClosesOnAZReportThatMatchesItsChecks() throws Exception {
        evening(Locale.ENGLISH);
        awaitText("zreport.expected.USD", "$130.00");
        assertThat(text("zreport.expected.LBP")).isEqualTo("LBP 2,771,425");
        assertThat(text("zreport.counted.USD")).isEqualTo("$128.00");
        assertThat(text("zreport.difference.USD")).isEqualTo("-$2.00");
        assertThat(text("zreport.difference.LBP")).isEqualTo("+LBP 28,575");
        assertThat(text("zreport.changeGiven.LBP")).isEqualTo("-LBP 1,128,575");
        assertThat(text("zreport.checks")).isEqualTo("4");
        assertThat(text("zreport.net")).isEqualTo("$79.15");
        assertThat(text("zreport.vat")).isEqualTo("$7.84");
        assertThat(text("zreport.discounts")).isEqualTo("-$3.35");
        assertThat(text("zreport.category:Grills")).isEqualTo("$36.00");
        assertThat(text("zreport.payment.CARD.LBP")).isEqualTo("LBP 447,500");
        assertThat(text("zreport.voidValue")).isEqualTo("$8.00");
        assertThat(text("shift.message")).isEqualTo("Shift closed. Here is its Z report.");
        assertThat(GuiActionRunner.execute(() -> window.button("shift.done").target().getHeight()))
                .as("a touch target").isGreaterThanOrEqualTo(48);
        assertFits();
        robot.waitForIdle();
        assertThat(Display.save(bounds(), "zreport.png")).exists();

        window.button("shift.done").click();
        awaitShowing("shift.floatUsd");
        window.button("shift.lastReport").click();
        awaitText("zreport.difference.USD", "-$2.00");
    }

    @Test
    void arabicMirrorsTheShiftScreenAndTheZReport() throws Exception {
        evening(Locale.forLanguageTag("ar"));
        awaitText("zreport.expected.LBP", "LBP 2,771,425");
        assertThat(text("zreport.title")).isEqualTo("تقرير Z");
        assertThat(GuiActionRunner.execute(() -> panel.getComponentOrientation()))
                .isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        // mirrored: the dollar column stands right of the pound column, the captions right of both
        assertThat(GuiActionRunner.execute(() -> x("zreport.expected.USD") > x("zreport.expected.LBP"))).isTrue();
        assertFits();
        robot.waitForIdle();
        assertThat(Display.save(bounds(), "zreport-ar.png")).exists();
    }

    /** The evening, the GUI doing what a cashier does: float, pay-in, pay-out, closing count. */
    private void evening(Locale locale) throws Exception {
        // paid before the shift opened: the previous drawer's
        pay(order(null, new NewLine(HUMMUS, 1)), Currency.USD, cash(usd(550)));
        show(locale);
        awaitShowing("shift.floatUsd");
        // the screen first reads the drawer on the IO thread, keys and buttons off meanwhile
        await("the shift screen has read the drawer", () -> !GuiActionRunner.execute(() -> panel.busy()));
        typeOnKeypad("shift.floatUsd", "100", "1", "0", "0");
        typeOnKeypad("shift.floatLbp", "2000000", "2", "000", "000");
        robot.waitForIdle();
        Display.save(bounds(), locale.getLanguage().equals("ar") ? "shift-open-ar.png" : "shift-open.png");
        // under Xvfb a press is now and then not delivered: TillRobot presses again (then through Swing) until the
        // till has the shift, never once it has
        new TillRobot(robot, window).pressUntil(window.button("shift.open").target(), "the shift opened",
                () -> store.shifts().current().isPresent());
        awaitShowing("shift.openedBy");
        assertThat(text("shift.float.LBP")).isEqualTo("LBP 2,000,000");

        pay(order(T1, new NewLine(HUMMUS, 2), new NewLine(SHISH_TAOUK, 1)), Currency.USD, card(usd(2500)));
        MergedOrder b = store.orders().open(T2, 2, List.of(new NewLine(TABBOULEH, 1), new NewLine(LEMONADE, 2),
                new NewLine(KIBBEH, 1)), KARIM);
        store.orders().voidLine(b.id(), b.lines().stream().filter(l -> l.line().menuItemId().equals(KIBBEH)).findFirst()
                .orElseThrow().line().id(), "guest changed mind", KARIM);
        store.orders().sendToKitchen(b.id());
        store.orders().setDiscount(b.id(), new Discount(Discount.Kind.PERCENT, 1000, "staff meal"));
        pay(b, Currency.LBP, cash(usd(2000)));

        enter("shift.amount", "500000");
        select("shift.currency.LBP");
        enter("shift.reason", "change from the safe");
        pressUntilShowing("shift.record", "shift.movement:change from the safe");

        pay(order(T4, new NewLine(MIXED_GRILL, 1, null, List.of(MEDIUM.id())), new NewLine(KNEFEH, 2)),
                Currency.LBP, cash(usd(2000)), cash(lbp(1_500_000)));

        select("shift.mode.payOut");
        enter("shift.amount", "15");
        select("shift.currency.USD");
        enter("shift.reason", "ice delivery");
        enter("shift.managerPin", LebaneseCatalog.MANAGER_PIN);
        pressUntilShowing("shift.record", "shift.movement:ice delivery");
        robot.waitForIdle();
        Display.save(bounds(), locale.getLanguage().equals("ar") ? "shift-ar.png" : "shift.png");

        MergedOrder d = order(null, new NewLine(ALMAZA, 3));
        store.orders().setDiscount(d.id(), new Discount(Discount.Kind.AMOUNT, 200, "regular"));
        pay(d, Currency.USD, card(lbp(447_500)), cash(usd(500)));
        store.shifts().payOut(lbp(100_000), "bread", KARIM, "Rana Haddad");
        order(T1, new NewLine(KNEFEH, 1));

        select("shift.mode.close");
        enter("shift.countedUsd", "128");
        enter("shift.countedLbp", "2800000");
        pressUntilShowing("shift.close", "zreport.title");
    }

    /**
     * Taps a field, waits until the keypad types into it (the focus moves on the EDT, after the tap), then types and
     * waits until the field holds what was typed.
     */
    private void typeOnKeypad(String field, String expected, String... keys) {
        javax.swing.text.JTextComponent f = window.textBox(field).target();
        // under Xvfb a press is now and then lost: the field is tapped again while the keypad types elsewhere, and a
        // key is pressed again only while the field still lacks its digits
        TillRobot hands = new TillRobot(robot, window);
        hands.focusUntil(f, "the keypad types into " + field,
                () -> GuiActionRunner.execute(() -> panel.keypad().target() == f));
        String typed = "";
        for (String k : keys) {
            String after = typed + k;
            hands.pressUntil(window.button("keypad." + k).target(), field + " holds " + after,
                    () -> after.equals(GuiActionRunner.execute(() -> f.getText())));
            typed = after;
        }
        await(field + " holds " + expected, () -> expected.equals(GuiActionRunner.execute(() -> f.getText())));
    }

    /**
     * Types into a field as a cashier would; under Xvfb a key is now and then lost, and then the field is given its
     * text through Swing (logged), so the test goes on testing the till rather than the X server.
     */
    private void enter(String field, String text) {
        new TillRobot(robot, window).enterText(field, text);
    }

    /**
     * Presses a button (TillRobot: the pointer, then Swing) until {@code shown} shows, then waits on it as
     * {@link #awaitShowing} does. Each press either is lost or does its work, which ends the presses.
     */
    private void pressUntilShowing(String button, String shown) throws Exception {
        new TillRobot(robot, window).pressUntil(window.button(button).target(), shown + " shows",
                () -> showing(shown));
        awaitShowing(shown);
    }

    /** Selects a toggle, pressing it again while it is not selected (pressing a selected toggle changes nothing). */
    private void select(String toggle) {
        javax.swing.JToggleButton t = window.toggleButton(toggle).target();
        new TillRobot(robot, window).pressUntil(t, toggle + " selected", () -> GuiActionRunner.execute(t::isSelected));
    }

    private static void await(String what, java.util.function.BooleanSupplier done) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return done.getAsBoolean();
            }
        }, Timeout.timeout(WAIT_MS));
    }

    private void show(Locale locale) {
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        ResourceBundle messages = Ui.messages(locale);
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Cedar POS");
            f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            panel = new ShiftPanel(messages, locale);
            ShiftPresenter presenter = new ShiftPresenter(store.shifts(), store.cashier(),
                    panel, Threads.swing(), messages, () -> KARIM);
            panel.bind(presenter);
            panel.setPreferredSize(new Dimension(1024, 650));
            f.setContentPane(panel);
            f.applyComponentOrientation(ComponentOrientation.getOrientation(locale));
            f.pack();
            f.setLocation(0, 0);
            presenter.start();
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
    }

    /** No label of the report is cut short: each gets the width it asks for. */
    private void assertFits() {
        List<String> clipped = GuiActionRunner.execute(() -> {
            List<String> cut = new java.util.ArrayList<>();
            for (JLabel l : labels(panel)) {
                if (l.isShowing() && l.getText() != null && !l.getText().isBlank()
                        && l.getWidth() < l.getPreferredSize().width) {
                    cut.add(l.getText() + " (" + l.getWidth() + " < " + l.getPreferredSize().width + ")");
                }
            }
            return cut;
        });
        assertThat(clipped).as("labels cut short").isEmpty();
    }

    private static List<JLabel> labels(java.awt.Container c) {
        List<JLabel> all = new java.util.ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l) {
                all.add(l);
            }
            if (child instanceof java.awt.Container sub) {
                all.addAll(labels(sub));
            }
        }
        return all;
    }

    private int x(String name) {
        return robot.finder().findByName(panel, name, Component.class, false).getLocationOnScreen().x;
    }

    private Rectangle bounds() {
        return GuiActionRunner.execute(() -> new Rectangle(panel.getLocationOnScreen(), panel.getSize()));
    }

    /** A label's text as read: without the invisible marks that keep a signed amount's order in Arabic. */
    private String text(String name) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(panel, name, JLabel.class, false).getText())
                .replace("\u202a", "").replace("\u202c", "");
    }

    private void awaitText(String name, String expected) {
        Pause.pause(new Condition(name + " shows \"" + expected + "\"") {
            @Override
            public boolean test() {
                try {
                    return expected.equals(text(name));
                } catch (org.assertj.swing.exception.ComponentLookupException notYet) {
                    return false;
                }
            }
        }, Timeout.timeout(WAIT_MS));
    }

    private void awaitShowing(String name) throws Exception {
        try {
            pauseUntilShowing(name);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            Display.save(bounds(), "failed-" + name + ".png");
            throw new AssertionError(name + " never showed; the screen says: " + text("shift.message"), e);
        }
    }

    private void pauseUntilShowing(String name) {
        pauseUntilShowing(name, WAIT_MS);
    }

    private void pauseUntilShowing(String name, long ms) {
        Pause.pause(new Condition(name + " shows") {
            @Override
            public boolean test() {
                return showing(name);
            }
        }, Timeout.timeout(ms));
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> {
            try {
                return robot.finder().findByName(panel, name, Component.class, false).isShowing();
            } catch (org.assertj.swing.exception.ComponentLookupException notYet) {
                return false;
            }
        });
    }

    private MergedOrder order(TableId table, NewLine... lines) {
        MergedOrder o = store.orders().open(table, 2, List.of(lines), KARIM);
        return store.orders().sendToKitchen(o.id());
    }

    private void pay(MergedOrder o, Currency changeIn, Tender... tenders) {
        MergedOrder now = store.orders().find(o.id()).orElseThrow();
        store.payments().settle(o.id(), Payment.of(VAT.due(now.total()), List.of(tenders), RATE, VAT, changeIn));
    }

    private static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    private static Money lbp(long pounds) {
        return Money.of(pounds, Currency.LBP);
    }

    private static Tender cash(Money m) {
        return new Tender(Tender.Method.CASH, m);
    }

    private static Tender card(Money m) {
        return new Tender(Tender.Method.CARD, m);
    }
}
