package cedarpos.terminal.ui;

import cedarpos.terminal.ui.kit.Ui;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.LineModifier;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Tender;
import cedarpos.terminal.store.FloorTable;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.TillWindowTest;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.testing.TillRobot;
import java.awt.ComponentOrientation;
import java.util.Locale;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * The cashier's main path on the real window and a real store, with the server unreachable the whole time: sign in
 * with a PIN, open table T4 from the floor plan, order three dishes (one with modifiers), send them to the kitchen,
 * take half in dollars and half in pounds, and see the table free again. In English, then in Arabic, mirrored, where
 * the category tabs, the floor's area headings and the table's label show the names the manager gave them in Arabic.
 */
class CashierMainPathIT extends TillWindowTest {
    Robot robot;
    TillRobot till;

    @Test
    void english() throws Exception {
        mainPath(Locale.ENGLISH, "");
    }

    @Test
    void arabicMirrored() throws Exception {
        mainPath(Locale.forLanguageTag("ar"), "-ar");
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void eachPersonGetsTheLanguageTheyChoseOnThisTill() throws Exception {
        core = OfflineTerminal.start(dir, LebaneseCatalog.cashier(2));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(core.store(), core.sync(), Locale.ENGLISH,
                Threads.swing()));
        window = new FrameFixture(robot, w);
        till = new TillRobot(robot, window);
        till.signIn("1111");
        TillRobot.await(() -> till.text("header.user").startsWith("Karim Nassar"));
        till.tap("nav.language");
        // a new window in Arabic takes the old one's place, Karim still signed in
        TillRobot.await(() -> !w.isDisplayable());
        window = org.assertj.swing.finder.WindowFinder.findFrame("main").using(robot);
        till.window(window);
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        TillRobot.await(() -> till.text("header.user").startsWith("Karim Nassar")
                && till.text("header.user").contains("أمين الصندوق"));
        assertThat(core.store().preferences().language(LebaneseCatalog.KARIM.id()))
                .contains(Locale.forLanguageTag("ar"));
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "cashier-language-ar.png");

        // Maya chose nothing: the till stays as it is; Karim again: Arabic
        till.tap("nav.signOut");
        till.signIn("2222");
        TillRobot.await(() -> till.text("header.user").startsWith("Maya Khoury"));
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        till.tap("nav.language");
        TillRobot.await(() -> frame().getComponentOrientation().isLeftToRight());
        window = org.assertj.swing.finder.WindowFinder.findFrame("main").using(robot);
        till.window(window);
        TillRobot.await(() -> till.text("header.user").startsWith("Maya Khoury"));
        till.tap("nav.signOut");
        till.signIn("1111");
        TillRobot.await(() -> !window.target().isDisplayable()
                || !window.target().getComponentOrientation().isLeftToRight());
        window = org.assertj.swing.finder.WindowFinder.findFrame("main").using(robot);
        till.window(window);
        TillRobot.await(() -> till.text("header.user").startsWith("Karim Nassar"));
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        // the till starts in the language last switched to on it (Maya's); Karim's own applied at his sign-in only
        assertThat(core.store().preferences().tillLanguage()).contains(Locale.ENGLISH);
    }

    private java.awt.Frame frame() {
        return GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                .filter(f -> f.isDisplayable() && "main".equals(f.getName())).findFirst().orElseThrow());
    }

    private void mainPath(Locale locale, String suffix) throws Exception {
        boolean arabic = locale.getLanguage().equals("ar");
        core = OfflineTerminal.start(dir, LebaneseCatalog.named(2));
        TerminalStore store = core.store();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(store, core.sync(), locale, Threads.swing()));
        window = new FrameFixture(robot, w);
        till = new TillRobot(robot, window);

        // a wrong PIN first: refused, nothing else happens
        till.awaitShowing("pin.submit");
        till.tap("pin.9", "pin.9", "pin.9", "pin.9", "pin.submit");
        TillRobot.await(() -> till.text("pin.message").contains(locale.getLanguage().equals("ar") ? "رمز سري خاطئ"
                : "Wrong PIN"));
        assertThat(GuiActionRunner.execute(w::screen)).isEqualTo("signin");
        till.tap("pin.1", "pin.1", "pin.1");
        TillRobot.await(() -> till.text("pin.dots").equals("\u25cf \u25cf \u25cf"));
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "cashier-signin" + suffix + ".png");
        till.tap("pin.1", "pin.submit");

        // the floor plan, with the cashier named in the header
        till.awaitShowing("table:T4");
        TillRobot.await(() -> till.text("header.user").startsWith("Karim Nassar"));
        assertThat(till.text("tableStatus:T4")).isEqualTo(status(locale, TableStatus.AVAILABLE));
        assertThat(till.text("area:Main hall")).isEqualTo(arabic ? "الصالة الرئيسية" : "Main hall");
        assertThat(till.text("area:Terrace")).isEqualTo(arabic ? "التراس" : "Terrace");
        till.tap("table:T4");

        // three dishes, one asks its doneness and takes a sauce
        till.awaitShowing("send");
        assertThat(GuiActionRunner.execute(() -> window.toggleButton("category:Grills").target().getText()))
                .isEqualTo(arabic ? "مشاوي" : "Grills");
        TillRobot.await(() -> (arabic ? "T4 \u00b7 الصالة الرئيسية" : "T4 \u00b7 Main hall")
                .equals(window.comboBox("table").selectedItem()));
        window.toggleButton("category:Grills").click();
        window.button("item:Kafta Meshwiyeh").click();
        DialogFixture modifiers = window.dialog("modifiers");
        // a click that lands while the modal dialog is still taking the focus can be lost under Xvfb (no window
        // manager): wait for the focus, bring the pointer over the dialog, then tap
        TillRobot.await(() -> GuiActionRunner.execute(() -> modifiers.target().isFocused()));
        robot.moveMouse(modifiers.target());
        robot.waitForIdle();
        modifiers.button("modifiers.ok").requireDisabled();
        for (String option : new String[] {"modifier:Well done", "modifier:Extra garlic sauce"}) {
            till.select(modifiers, option);
        }
        robot.waitForIdle();
        Display.save(modifiers.target().getBounds(), "cashier-modifiers" + suffix + ".png");
        till.close(modifiers, "modifiers.ok");
        window.toggleButton("category:Mezze").click();
        window.button("item:Hummus").click();
        window.toggleButton("category:Drinks").click();
        window.button("item:Lemonade with Mint").click();
        window.label("total").requireText("$22.50");
        window.button("pay").requireDisabled();
        window.button("send").click();
        TillRobot.await(() -> till.text("notice").contains("$22.50"));
        TillRobot.await(() -> GuiActionRunner.execute(() -> window.button("pay").target().isEnabled()));
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "cashier-order" + suffix + ".png");

        MergedOrder sent = store.orders().openChecks().get(0);
        assertThat(sent.tableId()).isEqualTo(LebaneseCatalog.T4);
        assertThat(sent.staffName()).isEqualTo("Karim Nassar");
        assertThat(sent.lines()).allMatch(l -> l.sent());
        assertThat(sent.lines().get(0).modifiers()).extracting(LineModifier::nameEn)
                .containsExactly("Well done", "Extra garlic sauce");

        // the floor plan names who serves T4 and what the check comes to
        till.tap("nav.tables");
        TillRobot.await(() -> till.text("tableStatus:T4").equals(status(locale, TableStatus.OCCUPIED)));
        assertThat(till.text("tableDetail:T4")).contains("Karim").contains("$22.50");
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "cashier-floor" + suffix + ".png");
        till.tap("table:T4");
        TillRobot.await(() -> GuiActionRunner.execute(() -> window.button("pay").target().isEnabled()));
        payHalfAndHalf(locale, suffix);

        // paid: back on the floor plan, T4 free again; the sale waits in the outbox for the server
        TillRobot.await(() -> till.showing("table:T4")
                && till.text("tableStatus:T4").equals(status(locale, TableStatus.AVAILABLE)));
        MergedOrder paid = store.orders().find(sent.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(paid.paidWith().tenders()).extracting(Tender::amount).containsExactly(
                Money.of(1125, Currency.USD), Money.of(1_006_875, Currency.LBP));
        assertThat(paid.paidWith().rate().lbpPerUsd()).isEqualTo(89_500);
        assertThat(store.floor().plan()).filteredOn(t -> t.table().label().equals("T4")).extracting(FloorTable::status)
                .containsExactly(TableStatus.AVAILABLE);
        assertThat(store.pendingCount()).as("open with lines, send, settle").isEqualTo(3);
    }

    private void payHalfAndHalf(Locale locale, String suffix) throws Exception {
        till.tap("pay");
        till.awaitShowing("payment.complete");
        // half of $22.50 in dollars, typed on the keypad
        till.tap("payment.currency.USD", "payment.key.1", "payment.key.1", "payment.key.point", "payment.key.2",
                "payment.key.5", "payment.cash");
        // the other half in pounds: what is left, at the rate of the day
        till.tap("payment.currency.LBP", "payment.exact", "payment.cash");
        TillRobot.await(() -> GuiActionRunner.execute(() -> window.button("payment.complete").target().isEnabled()));
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "cashier-payment" + suffix + ".png");
        till.tap("payment.complete");
    }

    private static String status(Locale locale, TableStatus s) {
        return Ui.messages(locale).getString("table.status." + s.name());
    }
}
