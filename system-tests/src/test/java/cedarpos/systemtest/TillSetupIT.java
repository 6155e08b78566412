package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.terminal.app.CommandLine;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.app.TillLauncher;
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.TillRobot;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JLabel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new till set up on its screen, as a person would, against the real server: started with no flags on an empty
 * data directory it opens on the setup screen; an address where nothing listens is named as unreachable, a code the
 * server does not know is refused under the code, and neither leaves the till with an identity; the manager's
 * code enrolls it, in the language chosen on the screen, and the main window opens in it, online. Started again
 * with no flags at all, it comes up enrolled and online on the server it kept, in that language.
 */
class TillSetupIT {
    static Path work;
    static PayaraServer server;
    final AtomicInteger closed = new AtomicInteger();
    Robot robot;
    TerminalCore core;

    @BeforeAll
    static void startServer() throws InterruptedException {
        work = ItServers.workDir("TillSetupIT");
        server = ItServers.demoOnH2(work).build().start();
        Display.prepareSwing();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void close() {
        if (robot != null) {
            robot.cleanUp();
        }
        if (core != null) {
            core.close();
        }
        Display.closeAllWindows();
    }

    @Test
    void aNewTillIsEnrolledOnItsSetupScreenAndStartsWithNoFlagsAfterwards() throws Exception {
        Path data = work.resolve("till-" + System.nanoTime());
        String code = ItServers.admin(server).createEnrollmentCode(DemoBranch.ID, 15);
        robot = BasicRobot.robotWithCurrentAwtHierarchy();

        CompletableFuture<TerminalCore> started = TillLauncher.launch(options("--data", data.toString(),
                "--locale", "en"), "till-7", closed::incrementAndGet);
        FrameFixture setup = WindowFinder.findFrame("setup").withTimeout(30, TimeUnit.SECONDS).using(robot);
        TillRobot till = new TillRobot(robot, setup);
        setup.textBox("setup.name").requireText("till-7");

        // nothing listens there: named, no identity stored
        int closedPort = PayaraServer.freePort();
        till.enterText("setup.server", "127.0.0.1:" + closedPort);
        till.enterText("setup.code", code.toLowerCase(java.util.Locale.ROOT).replace("-", " "));
        till.enterText("setup.name", "Counter 9");
        till.tapUntil("setup.enroll", "the server named unreachable", () -> error(setup, "setup.server.error")
                .startsWith("Cannot reach the server at 127.0.0.1:" + closedPort + "."));
        assertThat(TerminalFiles.enrolled(data)).as("no identity stored").isFalse();
        assertThat(started).isNotDone();

        // the right server, a code it does not know: said under the code, no identity stored
        till.enterText("setup.server", server.httpUrl());
        till.enterText("setup.code", "2345-6789-ABCD");
        till.tapUntil("setup.enroll", "the code refused", () -> error(setup, "setup.code.error")
                .startsWith("The server does not know this code."));
        assertThat(error(setup, "setup.server.error")).isEmpty();
        assertThat(TerminalFiles.enrolled(data)).as("no identity stored").isFalse();

        // Arabic chosen, then the manager's code: enrolled, the main window opens on the sign-in pad, online, in Arabic
        till.tapUntil("setup.lang.ar", "the setup screen in Arabic", () -> !GuiActionRunner.execute(() ->
                setup.target().getComponentOrientation().isLeftToRight()));
        till.enterText("setup.code", code);
        till.tapUntil("setup.enroll", "the till enrolled", started::isDone);
        core = started.get(60, TimeUnit.SECONDS);
        FrameFixture main = WindowFinder.findFrame("main").withTimeout(30, TimeUnit.SECONDS).using(robot);
        TillRobot mainTill = new TillRobot(robot, main);
        java.util.ResourceBundle arabic = cedarpos.terminal.ui.kit.Ui.messages(java.util.Locale.forLanguageTag("ar"));
        Await.until(Duration.ofSeconds(60), "the new till online with the demo branch's catalog", () ->
                mainTill.text("status.connection").equals(arabic.getString("status.online"))
                        && core.store().cashier().staff().size() > 0);
        mainTill.awaitShowing("pin.submit");
        TillRobot.await(() -> mainTill.text("header.branch").contains("Hamra"));
        assertThat(GuiActionRunner.execute(() -> setup.target().isDisplayable())).isFalse();
        URI sync = URI.create("ws://127.0.0.1:" + server.port() + "/sync");
        TerminalState st = core.store().state();
        assertThat(st.serverUri()).isEqualTo(sync);
        assertThat(st.name()).isEqualTo("Counter 9");
        assertThat(st.branchId()).isEqualTo(DemoBranch.ID);
        assertThat(closed).hasValue(0);
        robot.waitForIdle();
        Display.save(main.target().getBounds(), "till-setup-enrolled.png");

        // closed, then started again with no flags but its data directory: enrolled, online, no setup screen
        GuiActionRunner.execute(() -> main.target().dispose());
        TillRobot.await(() -> closed.get() == 1);
        core.close();
        core = null;
        assertThat(Files.exists(TerminalStore.fileIn(data))).isTrue();
        java.util.concurrent.atomic.AtomicReference<TerminalCore> running = new java.util.concurrent.atomic
                .AtomicReference<>();
        CompletableFuture<TerminalCore> again = TillLauncher.launch(options("--data", data.toString()), "till-7",
                closed::incrementAndGet, running::set);
        assertThat(again).as("an enrolled till starts at once").isDone();
        core = again.join();
        assertThat(core.server()).isEqualTo(sync);
        FrameFixture restarted = WindowFinder.findFrame("main").withTimeout(30, TimeUnit.SECONDS).using(robot);
        TillRobot restartedTill = new TillRobot(robot, restarted);
        // no --locale either: the till speaks the language chosen on its setup screen
        Await.until(Duration.ofSeconds(60), "the restarted till online", () ->
                restartedTill.text("status.connection").equals(arabic.getString("status.online")));
        assertThat(restartedTill.text("header.terminal")).isEqualTo(java.text.MessageFormat.format(
                arabic.getString("header.terminal"), "Counter 9"));
        assertThat(GuiActionRunner.execute(() -> restarted.target().getComponentOrientation().isLeftToRight()))
                .isFalse();
        assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                .anyMatch(f -> "setup".equals(f.getName()) && f.isDisplayable()))).as("no setup screen").isFalse();

        // the manager resets it (nothing waits for the server): its data archived, the setup screen again in the
        // same process with the server it had, and a new code enrolls it afresh
        restartedTill.signIn(DemoBranch.RANA_PIN);
        restartedTill.tap("nav.printers", "till.reset");
        org.assertj.swing.fixture.DialogFixture confirm = WindowFinder.findDialog("reset.dialog")
                .withTimeout(30, TimeUnit.SECONDS).using(robot);
        robot.waitForIdle();
        Display.save(confirm.target().getBounds(), "terminal-reset-ar.png");
        restartedTill.close(confirm, "reset.ok");
        FrameFixture reset = WindowFinder.findFrame("setup").withTimeout(60, TimeUnit.SECONDS).using(robot);
        core = null; // closed by the reset
        assertThat(Files.exists(TerminalStore.fileIn(data))).isFalse();
        try (java.util.stream.Stream<Path> files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(f -> f.startsWith("terminal-reset-"));
        }
        reset.textBox("setup.server").requireText(sync.toString());
        TillRobot resetTill = new TillRobot(robot, reset);
        resetTill.enterText("setup.code", ItServers.admin(server).createEnrollmentCode(DemoBranch.ID, 15));
        resetTill.tapUntil("setup.enroll", "the till enrolled afresh", () -> !GuiActionRunner.execute(() ->
                reset.target().isDisplayable()));
        Await.until(Duration.ofSeconds(60), "the till enrolled afresh", () -> running.get() != null
                && running.get() != again.join() && running.get().store().cashier().staff().size() > 0);
        core = running.get();
        assertThat(core.terminalId()).as("a new till").isNotEqualTo(again.join().terminalId());
        FrameFixture fresh = WindowFinder.findFrame("main").withTimeout(30, TimeUnit.SECONDS).using(robot);
        new TillRobot(robot, fresh).awaitShowing("pin.submit");
        assertThat(closed).as("the till never closed for its owner").hasValue(1);
    }

    private static CommandLine.Options options(String... args) throws CommandLine.UsageException {
        return CommandLine.parse(args, "till-7", Path.of(System.getProperty("java.io.tmpdir")));
    }

    private String error(FrameFixture window, String label) {
        return GuiActionRunner.execute(() -> {
            JLabel l = robot.finder().findByName(window.target(), label, JLabel.class, false);
            Object plain = l.getClientProperty("plainText");
            return l.isShowing() && plain != null ? plain.toString() : "";
        });
    }
}
