package cedarpos.terminal.testing;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The X display the GUI tests run on, and screenshots of it. */
public final class Display {
    private Display() {
    }

    /**
     * Waits until the X server named by DISPLAY accepts connections: the build starts
     * Xvfb asynchronously and AWT gives up for good on its first failed connection.
     */
    public static void awaitReady() throws InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display == null || !display.startsWith(":")) {
            return;
        }
        String number = display.substring(1).split("\\.")[0];
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(200);
    }

    /**
     * What every GUI test needs first: the display up, a failure on any Swing call off the event dispatch thread,
     * and the till's look and feel.
     */
    public static void prepareSwing() throws InterruptedException {
        awaitReady();
        org.assertj.swing.edt.FailOnThreadViolationRepaintManager.install();
        org.assertj.swing.edt.GuiActionRunner.execute(
                (java.util.concurrent.Callable<Boolean>) cedarpos.terminal.ui.CedarPosLaf::setup);
    }

    /**
     * Disposes every window still open, on the EDT. A modal dialog a test leaves behind would block input to every
     * window the next test opens in this JVM (the clicks are "lost"); each GUI test ends with this.
     */
    public static void closeAllWindows() {
        org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                w.dispose();
            }
        });
    }

    public static Path save(Rectangle area, String fileName) throws Exception {
        BufferedImage image = new Robot().createScreenCapture(area);
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        return file;
    }
}
