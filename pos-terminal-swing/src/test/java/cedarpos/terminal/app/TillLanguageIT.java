package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.testing.TillRobot;
import cedarpos.terminal.testing.TillWindowTest;
import java.awt.ComponentOrientation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * An enrolled till starts in its own language (the setup screen's, then the last one switched to on it) when none
 * is given on its command line; --locale overrides it for that run only. The setup screen's half, against a real
 * server, is system-tests' TillSetupIT.
 */
class TillLanguageIT extends TillWindowTest {
    static final Locale ARABIC = Locale.forLanguageTag("ar");
    final AtomicInteger closed = new AtomicInteger();

    @Test
    void theTillStartsInItsOwnLanguageUnlessTheCommandLineSaysOtherwise() throws Exception {
        OfflineTerminal.start(dir, LebaneseCatalog.cashier(2)).close();
        try (TerminalStore store = TerminalStore.open(dir)) {
            store.preferences().setTillLanguage(ARABIC);
        }
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();

        // no --locale: its own, Arabic, mirrored
        core = TillLauncher.launch(options("--data", dir.toString()), "till-7", closed::incrementAndGet).join();
        window = WindowFinder.findFrame("main").withTimeout(30, TimeUnit.SECONDS).using(robot);
        TillRobot till = new TillRobot(robot, window);
        till.awaitShowing("pin.submit");
        assertThat(GuiActionRunner.execute(() -> window.target().getComponentOrientation()))
                .isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        assertThat(till.text("header.terminal")).startsWith("الجهاز");
        stop(till);

        // --locale en: English for this run, the till's own untouched
        core = TillLauncher.launch(options("--data", dir.toString(), "--locale", "en"), "till-7",
                closed::incrementAndGet).join();
        window = WindowFinder.findFrame("main").withTimeout(30, TimeUnit.SECONDS).using(robot);
        till = new TillRobot(robot, window);
        till.awaitShowing("pin.submit");
        assertThat(till.text("header.terminal")).startsWith("Terminal");
        assertThat(core.store().preferences().tillLanguage()).contains(ARABIC);

        // switched on the till, nobody signed in: that choice is the till's own from now on
        till.tap("nav.language");
        TillRobot.await(() -> !GuiActionRunner.execute(() -> frame().getComponentOrientation().isLeftToRight()));
        window = new FrameFixture(robot, GuiActionRunner.execute(TillLanguageIT::frame));
        till.window(window);
        till.tap("nav.language");
        TillRobot.await(() -> Locale.ENGLISH.equals(core.store().preferences().tillLanguage().orElse(null))
                && GuiActionRunner.execute(() -> frame().getComponentOrientation().isLeftToRight()));
        window = new FrameFixture(robot, GuiActionRunner.execute(TillLanguageIT::frame));
        till.window(window);
        stop(till);

        core = TillLauncher.launch(options("--data", dir.toString()), "till-7", closed::incrementAndGet).join();
        window = WindowFinder.findFrame("main").withTimeout(30, TimeUnit.SECONDS).using(robot);
        till = new TillRobot(robot, window);
        till.awaitShowing("pin.submit");
        assertThat(till.text("header.terminal")).startsWith("Terminal");
        assertThat(GuiActionRunner.execute(() -> window.target().getComponentOrientation().isLeftToRight()))
                .isTrue();
    }

    private void stop(TillRobot till) {
        int before = closed.get();
        GuiActionRunner.execute(() -> window.target().dispose());
        TillRobot.await(() -> closed.get() == before + 1);
        core.close();
        core = null;
        window = null;
    }

    /** The till's main window on show (a language switch replaces it). */
    private static java.awt.Frame frame() {
        return java.util.Arrays.stream(java.awt.Frame.getFrames())
                .filter(f -> f.isDisplayable() && "main".equals(f.getName())).findFirst().orElseThrow();
    }

    private static CommandLine.Options options(String... args) throws CommandLine.UsageException {
        return CommandLine.parse(args, "till-7", Path.of(System.getProperty("java.io.tmpdir")));
    }
}
