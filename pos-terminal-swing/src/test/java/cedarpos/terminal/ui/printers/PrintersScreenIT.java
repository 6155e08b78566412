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
import cedarpos.terminal.testing.TillRobot;
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
    /** Bounds that only a broken till reaches; on a loaded machine each step may take seconds. */
    static final Duration WAIT = Duration.ofSeconds(60);
    static final long WAIT_MS = WAIT.toMillis();
    /** How long a press gets to show its effect before it is taken as dropped and tried again. */
    static final long PRESS_WAIT = 10_000;
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
        core = OfflineTerminal.start(dir, LebaneseCatalog.staffed(LebaneseCatalog.catalog()).withPrinting(
                LebaneseCatalog.kitchen(grill.port(), mezze.port(), bar.port(), 600)));
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
        MergedOrder o = core.store().orders().place(T4, List.of(new NewLine(SHISH_TAOUK, 2), new NewLine(HUMMUS, 1),
                new NewLine(ALMAZA, 2)));
        core.store().orders().sendToKitchen(o.id());
        assertThat(mezze.awaitTickets(1, WAIT)).hasSize(1);
        // the printer has the ticket a moment before its worker writes the job down as printed
        await("the cold kitchen's job printed and both failing printers tried", () -> {
            List<PrintJob> jobs = core.store().printJobs().ofOrder(o.id());
            return jobs.stream().anyMatch(j -> j.status() == PrintJob.Status.PRINTED)
                    && jobs.stream().filter(j -> j.status() != PrintJob.Status.PRINTED)
                            .allMatch(j -> j.lastError() != null);
        });
        long printed = core.store().printJobs().ofOrder(o.id()).stream()
                .filter(j -> j.status() == PrintJob.Status.PRINTED).findFirst().orElseThrow().number();

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
        choose(printed);
        reprint(printed);
        awaitTextContaining("printers.notice", "marked REPRINT");
        assertThat(mezze.awaitTickets(2, WAIT)).hasSize(2);

        window.cleanUp();
        show(Locale.forLanguageTag("ar"));
        openPrinters();
        awaitText("printers.status.Bar printer", "نفد الورق");
        awaitRows(4);
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "printers-ar.png");
    }

    /**
     * Chooses a job in the queue by its number. The queue is read again on every try of the two failing printers, so
     * the job's row is looked up at each tap, and the tap is taken as done only once the table says that job is
     * chosen and Reprint is on.
     */
    private void choose(long job) {
        JTable jobs = window.table("printers.jobs").target();
        String number = "#" + job;
        Condition chosen = new Condition("job " + number + " chosen") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> jobs.getSelectedRow() >= 0
                        && number.equals(jobs.getValueAt(jobs.getSelectedRow(), 0))
                        && window.button("printers.reprint").target().isEnabled());
            }
        };
        for (int tries = 0; tries < 3 && !chosen.test(); tries++) {
            int row = GuiActionRunner.execute(() -> {
                for (int r = 0; r < jobs.getRowCount(); r++) {
                    if (number.equals(jobs.getValueAt(r, 0))) {
                        return r;
                    }
                }
                return -1;
            });
            assertThat(row).as("job " + number + " in the queue").isGreaterThanOrEqualTo(0);
            window.table("printers.jobs").selectRows(row);
            robot.waitForIdle();
            waitFor(chosen, PRESS_WAIT);
        }
        Pause.pause(chosen, WAIT_MS);
    }

    /**
     * Taps Reprint. Should Xvfb drop the press (no window manager), it is tapped again, but only while the store holds
     * no reprint of the job yet: a second reprint would print a third ticket.
     */
    private void reprint(long job) {
        Condition reprinted = new Condition("a reprint of job " + job + " in the store") {
            @Override
            public boolean test() {
                return core.store().printJobs().recent().stream().anyMatch(j -> Long.valueOf(job).equals(
                        j.reprintOf()));
            }
        };
        for (int tries = 0; tries < 3 && !reprinted.test(); tries++) {
            window.button("printers.reprint").click();
            robot.waitForIdle();
            waitFor(reprinted, PRESS_WAIT);
        }
        Pause.pause(reprinted, WAIT_MS);
    }

    /** Taps Printers, again should Xvfb drop the press, until the screen shows (tapping it twice does no harm). */
    private void openPrinters() {
        Condition open = new Condition("the Printers screen shows") {
            @Override
            public boolean test() {
                try {
                    return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(),
                            "printers.jobs", JTable.class, false).isShowing());
                } catch (org.assertj.swing.exception.ComponentLookupException notYet) {
                    return false;
                }
            }
        };
        Pause.pause(new Condition("Printers can be tapped") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("nav.printers").target().isEnabled());
            }
        }, WAIT_MS);
        for (int tries = 0; tries < 3 && !open.test(); tries++) {
            window.button("nav.printers").click();
            robot.waitForIdle();
            waitFor(open, PRESS_WAIT);
        }
        Pause.pause(open, WAIT_MS);
    }

    /** Waits up to {@code ms} for {@code c}; false when it did not come (a press to try again). */
    private static boolean waitFor(Condition c, long ms) {
        try {
            Pause.pause(c, ms);
            return true;
        } catch (org.assertj.swing.exception.WaitTimedOutError notYet) {
            return false;
        }
    }

    private void show(Locale locale) {
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(core.store(), core.sync(), core.printing(),
                locale, Threads.swing()));
        window = new FrameFixture(robot, w);
        // the manager: her own approval reprints, no PIN asked
        new TillRobot(robot, window).signIn(LebaneseCatalog.MANAGER_PIN);
        TillRobot.await(() -> "floor".equals(GuiActionRunner.execute(w::screen)));
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
        }, WAIT_MS);
    }

    private void awaitRows(int rows) {
        Pause.pause(new Condition("the queue lists " + rows + " jobs") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.table("printers.jobs").target().getRowCount()) == rows;
            }
        }, WAIT_MS);
    }

    private static void await(String what, BooleanSupplier done) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return done.getAsBoolean();
            }
        }, WAIT_MS);
    }
}
