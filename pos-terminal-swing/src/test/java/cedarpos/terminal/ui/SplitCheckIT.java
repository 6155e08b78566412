package cedarpos.terminal.ui;

import cedarpos.terminal.ui.kit.Ui;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.TillWindowTest;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.testing.TillRobot;
import java.awt.ComponentOrientation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * Seats, a held course and a check split by seat on the real window, with the server unreachable: Karim takes T4
 * for two guests (a Kafta for seat 1; a Hummus and, as a second course, a Baklava for seat 2), fires the dessert,
 * then each guest pays their own share; the second share settles the check and frees the table. In English, then in
 * Arabic, mirrored; the order history then shows the check. Saves screenshots of the seats strip, the split screen
 * and the history.
 */
class SplitCheckIT extends TillWindowTest {

    @Test
    void english() throws Exception {
        splitBySeat(Locale.ENGLISH, "");
    }

    @Test
    void arabicMirrored() throws Exception {
        splitBySeat(Locale.forLanguageTag("ar"), "-ar");
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
    }

    private void splitBySeat(Locale locale, String suffix) throws Exception {
        ResourceBundle messages = Ui.messages(locale);
        core = OfflineTerminal.start(dir, LebaneseCatalog.cashier(2));
        TerminalStore store = core.store();
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(store, core.sync(), locale, Threads.swing()));
        window = new FrameFixture(robot, w);
        TillRobot till = new TillRobot(robot, window);
        // T1 has a check already: the Move dialog offers to join it
        store.orders().open(LebaneseCatalog.T1, 2, java.util.List.of(new cedarpos.terminal.store.NewLine(
                LebaneseCatalog.HUMMUS, 1)), "Maya Khoury");
        till.signIn(LebaneseCatalog.CASHIER_PIN);
        till.tap("table:T4");

        till.tap("seat:1", "category:Grills", "item:Kafta Meshwiyeh");
        DialogFixture modifiers = window.dialog("modifiers");
        TillRobot.await(() -> GuiActionRunner.execute(() -> modifiers.target().isFocused()));
        robot.moveMouse(modifiers.target());
        robot.waitForIdle();
        till.select(modifiers, "modifier:Well done");
        till.close(modifiers, "modifiers.ok");
        till.tap("seat:2", "category:Mezze", "item:Hummus", "course:2", "category:Desserts", "item:Baklava");
        till.tap("send");
        TillRobot.await(() -> till.showing("fire:2"));
        MergedOrder sent = store.orders().openChecks().get(0);
        assertThat(till.text("seating:Kafta Meshwiyeh")).contains(text(messages, "seat.n", 1));
        assertThat(till.text("seating:Baklava")).contains(text(messages, "course.held", 2));
        till.shot("cashier-seats" + suffix + ".png");

        till.tap("move");
        org.assertj.swing.fixture.DialogFixture move = window.dialog("moveTo");
        TillRobot.await(() -> till.showing("joinTo:T1") && till.showing("moveTo:T2"));
        robot.waitForIdle();
        Display.save(move.target().getBounds(), "cashier-move" + suffix + ".png");
        till.close(move, "move.cancel");
        till.tap("fire:2");
        TillRobot.await(() -> !till.showing("fire:2"));
        assertThat(till.text("seating:Baklava")).doesNotContain(text(messages, "course.held", 2))
                .contains(text(messages, "course.n", 2));

        String seat1 = text(messages, "seat.n", 1);
        String seat2 = text(messages, "seat.n", 2);
        till.tap("split");
        TillRobot.await(() -> till.showing("split.pay:" + seat1) && till.showing("split.pay:" + seat2));
        // seat 1 pays in dollars, exactly what the share comes to
        till.tap("split.pay:" + seat1);
        till.awaitShowing("payment.complete");
        assertThat(till.text("payment.title")).contains(seat1);
        till.tap("payment.currency.USD", "payment.exact", "payment.cash");
        TillRobot.await(() -> till.enabled("payment.complete"));
        till.tap("payment.complete");
        TillRobot.await(() -> till.showing("split.pay:" + seat2) && !till.showing("split.pay:" + seat1));
        assertThat(till.text("split.paid")).contains(seat1);
        till.shot("cashier-split" + suffix + ".png");

        // seat 2 pays in pounds; the last share settles the check and frees T4
        till.tap("split.pay:" + seat2);
        till.awaitShowing("payment.complete");
        till.tap("payment.currency.LBP", "payment.exact", "payment.cash");
        TillRobot.await(() -> till.enabled("payment.complete"));
        till.tap("payment.complete");
        TillRobot.await(() -> till.showing("table:T4") && till.text("tableStatus:T4").equals(
                messages.getString("table.status." + TableStatus.AVAILABLE.name())));
        MergedOrder paid = store.orders().find(sent.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(paid.parts()).hasSize(2);
        assertThat(paid.balance().minor()).isZero();
        assertThat(paid.lines()).allMatch(l -> l.sent()).anyMatch(l -> l.fired());

        // the order history lists the check, paid in two shares
        till.tap("nav.history", "history.order:T4");
        TillRobot.await(() -> till.showing("history.reopen"));
        assertThat(till.text("history.total")).isEqualTo(paid.total().display());
        till.shot("cashier-history" + suffix + ".png");
    }

    private static String text(ResourceBundle messages, String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
