package cedarpos.terminal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.testing.TillRobot;
import cedarpos.terminal.testing.TillWindowTest;
import java.awt.ComponentOrientation;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A till whose branch has no staff sells nothing: it says that a manager creates the staff in the web admin, and
 * where, and opens the PIN pad by itself, with no restart, once a catalog with staff arrives. A catalog that takes
 * the last of them away signs out whoever was in.
 */
class StaffNeededIT extends TillWindowTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aTillWithNoStaffAsksForThemAndSignInOpensWhenTheyArrive(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle messages = cedarpos.terminal.ui.kit.Ui.messages(locale);
        core = OfflineTerminal.start(dir, LebaneseCatalog.catalog());
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(core.store(), core.sync(), locale,
                Threads.swing()));
        window = new FrameFixture(robot, w);
        TillRobot till = new TillRobot(robot, window);

        // the web admin on the till's own server (OfflineTerminal's closed port)
        String admin = "http://127.0.0.1:" + core.server().getPort() + "/admin/";
        TillRobot.await(() -> admin.equals(till.text("staffNeeded.admin")));
        assertThat(GuiActionRunner.execute(w::screen)).isEqualTo("staffNeeded");
        assertThat(till.text("staffNeeded.title")).isEqualTo(messages.getString("staffNeeded.title"));
        // the header and the status bar say where the till stands, as on every screen
        TillRobot.await(() -> till.text("status.connection").equals(messages.getString("status.offline")));
        assertThat(till.text("header.branch")).contains("Hamra Street");
        assertThat(till.text("header.terminal")).contains("Counter 1");
        assertThat(till.showing("status.pending")).isTrue();
        // nothing to sell with, and no way round it
        for (String elsewhere : new String[] {"nav.tables", "nav.shift", "nav.printers", "nav.history",
                "nav.signOut", "floor.counter", "item:Hummus", "send", "pin.submit"}) {
            assertThat(till.showing(elsewhere)).as(elsewhere).isFalse();
        }
        if (language.equals("ar")) {
            assertThat(w.getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        }
        till.shot("terminal-staff-needed-" + language + ".png");
        MergedOrder saved = core.store().orders().place(null, List.of(new NewLine(LebaneseCatalog.HUMMUS, 1)));
        assertThatThrownBy(() -> GuiActionRunner.execute(() -> w.showOrder(saved.id())))
                .hasMessageContaining("nobody is signed in");
        assertThat(GuiActionRunner.execute(w::screen)).isEqualTo("staffNeeded");

        // the manager created the staff; the next catalog brings them: the PIN pad, no restart
        core.store().syncLog().applyCatalog(LebaneseCatalog.staffed(LebaneseCatalog.catalog(2)));
        till.signIn(LebaneseCatalog.CASHIER_PIN);
        till.awaitShowing("floor.counter");
        assertThat(till.text("header.user")).contains("Karim Nassar");
        till.tap("floor.counter", "item:Hummus");
        TillRobot.await(() -> till.enabled("send"));

        // every member of staff removed: whoever was in is signed out, back to asking for staff
        core.store().syncLog().applyCatalog(LebaneseCatalog.catalog(3));
        TillRobot.await(() -> till.showing("staffNeeded.admin"));
        assertThat(till.showing("nav.signOut")).isFalse();
        assertThat(till.text("header.user")).isBlank();
    }
}
