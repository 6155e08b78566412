package cedarpos.terminal.testing;

import java.awt.Component;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.ComponentLookupException;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * A cashier's hands on the till's real window, for GUI tests: tap buttons by name once they show, read labels,
 * wait for the screen to catch up, save screenshots. Every Swing call runs on the EDT.
 */
public final class TillRobot {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TillRobot.class.getName());
    private static final int PRESSES = 3;
    private final Robot robot;
    private FrameFixture window;

    public TillRobot(Robot robot, FrameFixture window) {
        this.robot = robot;
        this.window = window;
    }

    /** After the window was rebuilt (a language switch), the new one. */
    public void window(FrameFixture newWindow) {
        window = newWindow;
    }

    public FrameFixture window() {
        return window;
    }

    /** Types a PIN on the sign-in pad and submits it. */
    public void signIn(String pin) {
        awaitShowing("pin.submit");
        for (char d : pin.toCharArray()) {
            tap("pin." + d);
        }
        tap("pin.submit");
    }

    /**
     * Replaces a field's text by typing it. Xvfb has no window manager, so the focus or the keys can be lost: then
     * the text is set through Swing, and the field ends up holding exactly {@code text} either way.
     */
    public void enterText(String field, String text) {
        org.assertj.swing.fixture.JTextComponentFixture box = window.textBox(field);
        javax.swing.text.JTextComponent f = box.target();
        try {
            box.deleteText().enterText(text);
        } catch (org.assertj.swing.exception.ActionFailedException focusLost) {
            LOG.warning(() -> "no focus for " + field + ": " + focusLost.getMessage());
        }
        if (!text.equals(GuiActionRunner.execute(() -> f.getText()))) {
            LOG.warning(() -> "keys typed into " + field + " were lost; setting its text through Swing");
            GuiActionRunner.execute(() -> f.setText(text));
        }
    }

    /** Taps buttons and toggle buttons by name, each once it shows. */
    public void tap(String... buttons) {
        for (String b : buttons) {
            awaitShowing(b);
            AbstractButton button = GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), b,
                    AbstractButton.class, true));
            robot.click(button);
            robot.waitForIdle();
        }
    }

    /**
     * Taps a toggle on a dialog until it shows selected. Under Xvfb, with no window manager, presses on a modal
     * dialog that has just opened are now and then not delivered at all (seen about one run in five, more on a
     * loaded machine). The tap is tried {@value #PRESSES} times with the pointer; should every press be lost, the
     * button is pressed through Swing ({@code doClick}, which does nothing on a disabled button), so the test goes on
     * testing the till rather than the X server. Each fallback is logged.
     */
    public void select(DialogFixture dialog, String toggle) {
        pressUntil(dialog.toggleButton(toggle).target(), toggle + " selected",
                () -> GuiActionRunner.execute(() -> dialog.toggleButton(toggle).target().isSelected()));
    }

    /** Presses a dialog's button until the dialog closes, the same way. */
    public void close(DialogFixture dialog, String button) {
        dialog.button(button).requireEnabled();
        pressUntil(dialog.button(button).target(), dialog.target().getName() + " closed",
                () -> GuiActionRunner.execute(() -> !dialog.target().isShowing()));
    }

    /**
     * Presses a button until {@code done} holds: with the pointer up to {@value #PRESSES} times, then through Swing
     * (see {@link #select}). Only for presses that change what {@code done} reads, so a late press is never a
     * second one.
     */
    public void pressUntil(AbstractButton button, String what, Supplier<Boolean> done) {
        tapUntil(button, what, done, button::doClick);
    }

    /** {@link #pressUntil} for the button of this name, once it shows. */
    public void tapUntil(String button, String what, Supplier<Boolean> done) {
        awaitShowing(button);
        pressUntil(GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), button,
                AbstractButton.class, true)), what, done);
    }

    /**
     * Taps a field until {@code done} holds (the keypad types into it, say), the same way as {@link #pressUntil};
     * should every tap be lost, the field is given the focus through Swing.
     */
    public void focusUntil(java.awt.Component field, String what, Supplier<Boolean> done) {
        tapUntil(field, what, done, field::requestFocusInWindow);
    }

    private void tapUntil(java.awt.Component target, String what, Supplier<Boolean> done, Runnable throughSwing) {
        for (int attempt = 1; attempt <= PRESSES; attempt++) {
            robot.moveMouse(target);
            robot.waitForIdle();
            robot.click(target);
            if (waitFor(what, done, 2_000)) {
                return;
            }
        }
        LOG.warning(() -> "every pointer press on " + target.getName() + " was lost; doing it through Swing");
        GuiActionRunner.execute(throughSwing::run);
        robot.waitForIdle();
        if (!waitFor(what, done, 5_000)) {
            try {
                Display.save(new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize()),
                        "failed-" + what.replaceAll("[^A-Za-z0-9]", "_") + ".png");
            } catch (Exception e) {
                LOG.warning(() -> "no screenshot of the failure: " + e);
            }
            throw new WaitTimedOutError("timed out waiting for " + what);
        }
    }

    private static boolean waitFor(String what, Supplier<Boolean> done, long ms) {
        try {
            Pause.pause(new Condition(what) {
                @Override
                public boolean test() {
                    return done.get();
                }
            }, Timeout.timeout(ms));
            return true;
        } catch (WaitTimedOutError notYet) {
            return false;
        }
    }

    public String text(String label) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), label, JLabel.class, false)
                .getText());
    }

    public boolean enabled(String button) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), button,
                AbstractButton.class, false).isEnabled());
    }

    public boolean showing(String name) {
        try {
            return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), name, Component.class,
                    false).isShowing());
        } catch (ComponentLookupException notYet) {
            return false;
        }
    }

    public void awaitShowing(String name) {
        await(() -> showing(name));
    }

    /** Saves the whole window, once the screen is idle, under the screenshots directory. */
    public Path shot(String fileName) throws Exception {
        robot.waitForIdle();
        return Display.save(window.target().getBounds(), fileName);
    }

    /** Waits up to 10 s for {@code condition}; a component not there yet counts as not yet. */
    public static void await(Supplier<Boolean> condition) {
        Pause.pause(new Condition("the screen catches up") {
            @Override
            public boolean test() {
                try {
                    return condition.get();
                } catch (ComponentLookupException notYet) {
                    return false;
                }
            }
        }, Timeout.timeout(10_000));
    }
}
