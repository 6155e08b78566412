package cedarpos.terminal.testing;

import cedarpos.terminal.app.TerminalCore;
import java.nio.file.Path;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a GUI test of the till's real window shares: the display and look and feel set up once, a terminal's data
 * in a fresh directory, and everything closed after each test (the window, the terminal, and any window left
 * open: a modal dialog left behind would block the next test's clicks).
 */
public abstract class TillWindowTest {
    @TempDir
    protected Path dir;
    protected TerminalCore core;
    protected FrameFixture window;

    @BeforeAll
    static void display() throws InterruptedException {
        Display.prepareSwing();
    }

    @AfterEach
    void closeTill() {
        if (window != null) {
            window.cleanUp();
        }
        if (core != null) {
            core.close();
        }
        Display.closeAllWindows();
    }
}
