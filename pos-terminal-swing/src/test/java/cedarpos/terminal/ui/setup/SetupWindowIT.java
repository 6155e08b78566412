package cedarpos.terminal.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.TillRobot;
import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The setup screen on the real display with an enrollment that answers as the test says (the real server's answers
 * are system-tests' TillSetupIT): the language switched at once and mirrored, what was typed kept, an error next to
 * its field in the language on screen, the form locked while enrolling, nothing cut off at 1024x768.
 */
class SetupWindowIT {
    static final Locale ARABIC = Locale.forLanguageTag("ar");
    Robot robot;
    FrameFixture window;
    TillRobot till;
    final List<String> tried = new CopyOnWriteArrayList<>();
    final List<Locale> enrolledIn = new CopyOnWriteArrayList<>();
    volatile CompletableFuture<String> answer = new CompletableFuture<>();

    @BeforeAll
    static void display() throws InterruptedException {
        Display.prepareSwing();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        Display.closeAllWindows();
    }

    @Test
    void aPersonSetsUpTheTillInEnglishThenArabic() throws Exception {
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        SetupWindow<String> w = GuiActionRunner.execute(() -> SetupWindow.open((server, code, name) -> {
            tried.add(server + " " + code + " " + name);
            return answer.join();
        }, Threads.swing(), Locale.ENGLISH, "", "till-7", (till, locale) -> enrolledIn.add(locale)));
        window = new FrameFixture(robot, w);
        till = new TillRobot(robot, window);
        window.requireSize(new java.awt.Dimension(1024, 768));
        window.textBox("setup.name").requireText("till-7");
        assertThat(GuiActionRunner.execute(() -> window.textBox("setup.server").target().hasFocus()))
                .as("the first empty input has the focus").isTrue();

        // filled in, as a person types: the README's pictures, in English then in Arabic
        till.enterText("setup.server", "192.168.1.10");
        till.enterText("setup.code", "k7qm 2xpa 93hd");
        till.enterText("setup.name", "Counter 1");
        requireNothingCutOff();
        till.shot("terminal-setup-en.png");

        // Arabic at once, mirrored, with what was typed
        till.tap("setup.lang.ar");
        TillRobot.await(() -> !GuiActionRunner.execute(() -> w.getComponentOrientation().isLeftToRight()));
        assertThat(till.text("setup.title")).isEqualTo("إعداد هذا الجهاز");
        assertThat(GuiActionRunner.execute(w::getTitle)).isEqualTo("سيدار: إعداد هذا الجهاز");
        assertThat(window.textBox("setup.code").text()).isEqualTo("k7qm 2xpa 93hd");
        assertThat(window.textBox("setup.name").text()).isEqualTo("Counter 1");
        assertThat(GuiActionRunner.execute(() -> window.textBox("setup.name").target().getComponentOrientation()))
                .isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        assertThat(GuiActionRunner.execute(() -> window.textBox("setup.server").target().getComponentOrientation()))
                .as("an address reads left to right").isEqualTo(ComponentOrientation.LEFT_TO_RIGHT);
        requireMirrored("setup.title", "setup.lang.ar");
        requireNothingCutOff();
        till.shot("terminal-setup-ar.png");

        // enrolling: the form locked, the address shown; an unreachable server, said in Arabic with the address
        till.tap("setup.enroll");
        TillRobot.await(() -> tried.size() == 1 && !GuiActionRunner.execute(() -> window.button("setup.enroll")
                .target().isEnabled()));
        assertThat(tried).containsExactly("ws://192.168.1.10:8080/sync K7QM-2XPA-93HD Counter 1");
        assertThat(till.text("setup.progressText")).isEqualTo("جارٍ الاتصال بالخادم على 192.168.1.10:8080\u2026");
        fail(EnrollmentException.UNREACHABLE);
        TillRobot.await(() -> error("setup.server.error").startsWith("تعذّر الوصول إلى الخادم على 192.168.1.10:8080"));
        assertThat(GuiActionRunner.execute(() -> window.button("setup.enroll").target().isEnabled())).isTrue();
        requireNothingCutOff();
        till.shot("setup-ar-error.png");

        // back to English: the same error in English
        till.tap("setup.lang.en");
        TillRobot.await(() -> error("setup.server.error").equals("Cannot reach the server at 192.168.1.10:8080."
                + " Check the address, the network, and that the server is running."));

        // a code of the wrong shape is named at once, nothing is sent
        till.enterText("setup.code", "K7QM-2XPA");
        till.tap("setup.enroll");
        TillRobot.await(() -> error("setup.code.error").startsWith("An enrollment code is 12 letters and digits"));
        assertThat(tried).hasSize(1);
        assertThat(error("setup.server.error")).isEmpty();

        // the server refuses the code: said under the code, the form as typed
        till.enterText("setup.code", "K7QM-2XPA-93HD");
        till.tap("setup.enroll");
        TillRobot.await(() -> tried.size() == 2);
        fail("ENROLLMENT_CODE_USED");
        TillRobot.await(() -> error("setup.code.error").equals("This code was already used. Ask a manager for a new"
                + " one."));
        assertThat(window.textBox("setup.code").text()).isEqualTo("K7QM-2XPA-93HD");
        requireNothingCutOff();
        till.shot("setup-en-error.png");

        // the next try enrolls: the caller gets the till in the language chosen, the window closes
        answer.complete("till");
        till.tap("setup.enroll");
        TillRobot.await(() -> enrolledIn.size() == 1 && !GuiActionRunner.execute(w::isDisplayable));
        assertThat(enrolledIn).containsExactly(Locale.ENGLISH);
    }

    /** The enrollment under way fails with the server's {@code code}; the next one waits for its answer. */
    private void fail(String code) {
        CompletableFuture<String> now = answer;
        answer = new CompletableFuture<>();
        now.completeExceptionally(new EnrollmentException(code, "refused", null));
    }

    private String error(String label) {
        return GuiActionRunner.execute(() -> {
            JLabel l = robot.finder().findByName(window.target(), label, JLabel.class, false);
            Object plain = l.getClientProperty("plainText");
            return l.isShowing() && plain != null ? plain.toString() : "";
        });
    }

    /** The title starts on the right, the language buttons on the left. */
    private void requireMirrored(String title, String language) {
        GuiActionRunner.execute(() -> {
            Component t = robot.finder().findByName(window.target(), title, Component.class, false);
            Component l = robot.finder().findByName(window.target(), language, Component.class, false);
            Rectangle tb = SwingUtilities.convertRectangle(t.getParent(), t.getBounds(), window.target());
            Rectangle lb = SwingUtilities.convertRectangle(l.getParent(), l.getBounds(), window.target());
            assertThat(tb.x).isGreaterThan(lb.x);
        });
    }

    /** Every showing component lies wholly inside the window and is at least as large as it wants to be. */
    private void requireNothingCutOff() {
        robot.waitForIdle();
        GuiActionRunner.execute(() -> {
            Rectangle frame = new Rectangle(0, 0, window.target().getWidth(), window.target().getHeight());
            check(((javax.swing.JFrame) window.target()).getContentPane(), frame);
        });
    }

    private void check(Container parent, Rectangle frame) {
        for (Component c : parent.getComponents()) {
            if (!c.isShowing()) {
                continue;
            }
            Rectangle b = SwingUtilities.convertRectangle(parent, c.getBounds(), window.target());
            assertThat(frame.contains(b)).as(c.getName() + " " + b + " inside " + frame).isTrue();
            if (c instanceof JLabel || c instanceof javax.swing.AbstractButton) {
                assertThat(c.getWidth()).as(c.getName() + " width").isGreaterThanOrEqualTo(c.getPreferredSize().width
                        - 1);
                assertThat(c.getHeight()).as(c.getName() + " height")
                        .isGreaterThanOrEqualTo(c.getPreferredSize().height - 1);
            }
            if (c instanceof JComponent jc && jc.getComponentCount() > 0) {
                check(jc, frame);
            }
        }
    }
}
