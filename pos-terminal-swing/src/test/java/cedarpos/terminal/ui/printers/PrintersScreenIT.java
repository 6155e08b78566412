package cedarpos.terminal.ui.printers;

import static cedarpos.terminal.testing.LebaneseCatalog.ALMAZA;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.printing.FakeEscPosPrinter;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.ui.MainWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javax.swing.JLabel;
import javax.swing.JTable;
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
 * The Printers screen on a real terminal whose grill printer is switched off and whose bar printer is out of paper:
 * the status bar says so on every screen, the screen shows each printer and the queue, and a reprint comes out.
 * Saves docs' printers.png and printers-ar.png.
 */
class PrintersScreenIT {
    @TempDir
    Path dir;
    FakeEscPosPrinter grill;
    FakeEscPosPrinter mezze;
    FakeEscPosPrinter bar;
    TerminalCore core;
    Robot robot;
    FrameFixture window;

    @BeforeAll
    static void display() throws InterruptedException {
        Display.prepareSwing();
    }

    @BeforeEach
    void start() throws Exception {
        grill = FakeEscPosPrinter.start(PaperWidth.MM80);
        mezze = FakeEscPosPrinter.start(PaperWidth.MM80);
        bar = FakeEscPosPrinter.start(PaperWidth.MM58);
        grill.unplug();
        bar.paperOut();
        core = OfflineTerminal.start(dir, LebaneseCatalog.catalog().withPrinting(LebaneseCatalog.kitchen(
                grill.port(), mezze.port(), bar.port(), 600)));
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.cleanUp();
        }
        core.close();
        for (FakeEscPosPrinter p : new FakeEscPosPrinter[] {grill, mezze, bar}) {
            p.close();
        }
        Display.closeAllWindows();
    }

    @Test
    void printerTroubleShowsOnTheStatusBarAndThePrintersScreenListsPrintersAndQueue() throws Exception {
        MergedOrder o = core.store().placeOrder(T4, List.of(new NewLine(SHISH_TAOUK, 2), new NewLine(HUMMUS, 1),
                new NewLine(ALMAZA, 2)));
        core.store().sendToKitchen(o.id());
        assertThat(mezze.awaitTickets(1, Duration.ofSeconds(20))).hasSize(1);
        await("both failing printers tried", () -> core.store().printJobs().ofOrder(o.id()).stream()
                .filter(j -> j.status() == PrintJob.Status.QUEUED).allMatch(j -> j.lastError() != null));

        show(Locale.ENGLISH);
        awaitText("status.printers", "Grill printer: Cannot be reached (and 1 more)");
        openPrinters();
        awaitText("printers.status.Bar printer", "Out of paper");
        awaitText("printers.status.Grill printer", "Cannot be reached");
        awaitText("printers.status.Cold kitchen printer", "Ready");
        awaitRows(3);
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "printers.png");

        // the cold kitchen's ticket again, sign-in being off on this till
        JTable jobs = window.table("printers.jobs").target();
        int printed = GuiActionRunner.execute(() -> {
            for (int r = 0; r < jobs.getRowCount(); r++) {
                if ("Printed".equals(jobs.getValueAt(r, 4))) {
                    return r;
                }
            }
            return -1;
        });
        window.table("printers.jobs").selectRows(printed);
        window.button("printers.reprint").click();
        awaitTextContaining("printers.notice", "marked REPRINT");
        assertThat(mezze.awaitTickets(2, Duration.ofSeconds(20))).hasSize(2);

        window.cleanUp();
        show(Locale.forLanguageTag("ar"));
        openPrinters();
        awaitText("printers.status.Bar printer", "نفد الورق");
        awaitRows(4);
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "printers-ar.png");
    }

    /** Presses Printers again when Xvfb drops the press (as CashierMainPathIT does for its toggles). */
    private void openPrinters() throws InterruptedException {
        for (int tries = 0; tries < 5; tries++) {
            window.button("nav.printers").click();
            for (int i = 0; i < 40; i++) {
                if (GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), "printers.jobs",
                        JTable.class, false).isShowing())) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the Printers screen did not open");
    }

    private void show(Locale locale) {
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(core.store(), core.sync(), core.printing(),
                locale, Threads.swing()));
        window = new FrameFixture(robot, w);
    }

    private String text(String label) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), label, JLabel.class, false)
                .getText());
    }

    private void awaitText(String label, String text) {
        awaitTextContaining(label, text);
        assertThat(text(label)).isEqualTo(text);
    }

    private void awaitTextContaining(String label, String text) {
        Pause.pause(new Condition(label + " shows \"" + text + "\"") {
            @Override
            public boolean test() {
                try {
                    return text(label).contains(text);
                } catch (org.assertj.swing.exception.ComponentLookupException notYet) {
                    return false;
                }
            }
        }, Timeout.timeout(20_000));
    }

    private void awaitRows(int rows) {
        Pause.pause(new Condition("the queue lists " + rows + " jobs") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.table("printers.jobs").target().getRowCount()) == rows;
            }
        }, Timeout.timeout(20_000));
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
