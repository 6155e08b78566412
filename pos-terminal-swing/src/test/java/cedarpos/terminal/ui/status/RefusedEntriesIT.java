package cedarpos.terminal.ui.status;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Rejection;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.testing.TillRobot;
import cedarpos.terminal.testing.TillWindowTest;
import cedarpos.terminal.ui.MainWindow;
import java.awt.ComponentOrientation;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entries the server refused for good, as the cashier sees them: the count in the status bar (from the
 * terminal's own database, offline) and, on a tap, the list of them, in English and mirrored in Arabic.
 */
class RefusedEntriesIT extends TillWindowTest {
    Robot robot;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theStatusBarCountsRefusedEntriesAndATapListsThem(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        core = OfflineTerminal.start(dir, LebaneseCatalog.staffed(LebaneseCatalog.catalog()));
        TerminalStore store = core.store();
        for (int i = 0; i < 3; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        List<OutboxEntry> entries = store.syncLog().pendingAfter(0, 3);
        // what a server's ack would record; no server runs here
        store.syncLog().markAcked(3, List.of(
                new Rejection(1, entries.get(0).entryId(), ErrorCode.INVALID_PAYLOAD,
                        "payload.lines[0].add.name must not be blank"),
                new Rejection(3, entries.get(2).entryId(), ErrorCode.RECORD_TOO_LARGE,
                        "the order's record would exceed 4194304 characters")));
        assertThat(store.pendingCount()).isZero();

        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(store, core.sync(), locale, Threads.swing()));
        window = new FrameFixture(robot, w);
        new TillRobot(robot, window).signIn(LebaneseCatalog.CASHIER_PIN);
        TillRobot.await(() -> "floor".equals(GuiActionRunner.execute(w::screen)));
        String expected = language.equals("ar") ? "\u0631\u0641\u0636\u0647\u0627 \u0627\u0644\u062e\u0627\u062f\u0645: 2"
                : "2 refused by the server";
        Pause.pause(new Condition("the status bar counts 2 refused entries") {
            @Override
            public boolean test() {
                JLabel l = (JLabel) robot.finder().findByName(w, "status.refused", JLabel.class, false);
                return GuiActionRunner.execute(() -> l.isShowing() && l.getText().contains(expected));
            }
        }, Timeout.timeout(10_000));
        robot.waitForIdle();
        String suffix = language.equals("ar") ? "-ar" : "";
        Display.save(w.getBounds(), "terminal-refused" + suffix + ".png");

        window.label("status.refused").click();
        Pause.pause(new Condition("the refused entries dialog shows") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                        .anyMatch(x -> x instanceof JDialog && "refused.dialog".equals(x.getName())
                                && x.isShowing()));
            }
        }, Timeout.timeout(10_000));
        JDialog dialog = GuiActionRunner.execute(() -> (JDialog) java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(x -> "refused.dialog".equals(x.getName()) && x.isShowing()).findFirst().orElseThrow());
        JTable table = (JTable) robot.finder().findByName(dialog, "refused.table", JTable.class, true);
        List<List<String>> rows = GuiActionRunner.execute(() -> {
            List<List<String>> out = new java.util.ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                List<String> row = new java.util.ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    row.add(String.valueOf(table.getValueAt(r, c)));
                }
                out.add(row);
            }
            return out;
        });
        assertThat(rows).hasSize(2);
        // newest first
        assertThat(rows.get(0).get(2)).endsWith("(RECORD_TOO_LARGE)");
        assertThat(rows.get(0).get(3)).isEqualTo("the order's record would exceed 4194304 characters");
        assertThat(rows.get(1).get(2)).endsWith("(INVALID_PAYLOAD)");
        assertThat(rows.get(1).get(1)).contains(entries.get(0).recordId().substring(0, 8));
        if (language.equals("ar")) {
            assertThat(GuiActionRunner.execute(() -> table.getComponentOrientation()))
                    .isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
            assertThat(rows.get(1).get(2)).startsWith("\u0645\u062d\u062a\u0648\u0649");
        } else {
            assertThat(rows.get(1).get(2)).isEqualTo("Invalid content (INVALID_PAYLOAD)");
        }
        robot.waitForIdle();
        Rectangle area = GuiActionRunner.execute(() -> dialog.getBounds());
        Display.save(area, "terminal-refused-list" + suffix + ".png");
        GuiActionRunner.execute(() -> dialog.dispose());
    }
}
