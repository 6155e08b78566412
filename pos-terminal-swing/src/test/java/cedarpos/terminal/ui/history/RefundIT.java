package cedarpos.terminal.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.TillWindowTest;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.testing.TillRobot;
import cedarpos.terminal.ui.MainWindow;
import java.awt.ComponentOrientation;
import java.util.List;
import java.util.Locale;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * A refund on the real window, with the server unreachable: Rana, a manager, signs in, opens the order history, picks
 * T4's paid check ($25.00: 2 hummus and a shish taouk) and gives it all back in pounds at the check's rate, with a
 * reason. In English, then in Arabic, mirrored. Saves screenshots of the refund dialog and of the check after it.
 */
class RefundIT extends TillWindowTest {

    @Test
    void english() throws Exception {
        refund(Locale.ENGLISH, "");
    }

    @Test
    void arabicMirrored() throws Exception {
        refund(Locale.forLanguageTag("ar"), "-ar");
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
    }

    private void refund(Locale locale, String suffix) throws Exception {
        core = OfflineTerminal.start(dir, LebaneseCatalog.cashier(2));
        TerminalStore store = core.store();
        MergedOrder o = store.orders().place(LebaneseCatalog.T4, List.of(new NewLine(LebaneseCatalog.HUMMUS, 2),
                new NewLine(LebaneseCatalog.SHISH_TAOUK, 1)));
        Money due = Money.of(2500, Currency.USD);
        store.payments().settle(o.id(), Payment.of(due, List.of(new Tender(Tender.Method.CASH, due)),
                LebaneseCatalog.RATE,
                LebaneseCatalog.VAT, Currency.USD));
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(store, core.sync(), locale, Threads.swing()));
        window = new FrameFixture(robot, w);
        TillRobot till = new TillRobot(robot, window);
        till.signIn(LebaneseCatalog.MANAGER_PIN);

        till.tap("nav.history", "history.order:T4");
        TillRobot.await(() -> till.showing("history.refund") && till.enabled("history.refund"));
        till.tap("history.refund");
        DialogFixture dialog = window.dialog("refund");
        TillRobot.await(() -> GuiActionRunner.execute(() -> dialog.target().isShowing()));
        robot.moveMouse(dialog.target());
        till.select(dialog, "refund.way.CASH_LBP");
        dialog.textBox("refund.reason").enterText(locale.getLanguage().equals("ar") ? "الطعام بارد" : "food was cold");
        // $25.00 at 89,500: 2,237,500 LBP
        TillRobot.await(() -> GuiActionRunner.execute(() -> dialog.button("refund.ok").target().isEnabled()));
        assertThat(dialog.label("refund.summary").text()).contains("$25.00").contains("LBP 2,237,500");
        robot.waitForIdle();
        Display.save(dialog.target().getBounds(), "refund" + suffix + ".png");
        till.close(dialog, "refund.ok");

        TillRobot.await(() -> till.showing("history.refundLine"));
        MergedOrder after = store.orders().find(o.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(after.refunds()).singleElement().satisfies(r -> {
            assertThat(r.paidBack()).isEqualTo(new Tender(Tender.Method.CASH, Money.of(2_237_500, Currency.LBP)));
            assertThat(r.approvedBy()).isEqualTo("Rana Haddad");
        });
        TillRobot.await(() -> !till.enabled("history.refund"));
        till.shot("refund-history" + suffix + ".png");
    }
}
