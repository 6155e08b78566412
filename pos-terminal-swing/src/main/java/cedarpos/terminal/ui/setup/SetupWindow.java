package cedarpos.terminal.ui.setup;

import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/**
 * The window a till that is not enrolled opens on. Switching the language builds the form again in the other one
 * (every string, mirrored or not) with what was typed and the messages shown; once enrolled the window closes and
 * the caller opens the till in the language chosen here.
 *
 * @param <T> what the enrollment gives (the started till)
 */
public final class SetupWindow<T> extends JFrame {
    private static final long serialVersionUID = 1L;

    private final transient SetupPresenter<T> presenter;
    private SetupPanel panel;
    private Locale locale;

    private SetupWindow(SetupPresenter.Enroller<T> enroller, Threads threads, Locale locale,
                        BiConsumer<T, Locale> enrolled) {
        setName("setup");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setMinimumSize(new Dimension(800, 600));
        setSize(new Dimension(1024, 768));
        this.presenter = new SetupPresenter<>(enroller, threads, result -> {
            enrolled.accept(result, this.locale);
            dispose();
        });
        show(locale, "", "", "");
    }

    /**
     * Builds and shows the setup window; call on the EDT.
     *
     * @param server   the address to offer (from --server), or empty
     * @param name     the name to offer (--name, else the host name)
     * @param enrolled the started till and the language chosen, on the EDT, just before this window closes
     */
    public static <T> SetupWindow<T> open(SetupPresenter.Enroller<T> enroller, Threads threads, Locale locale,
                                          String server, String name, BiConsumer<T, Locale> enrolled) {
        assert EventQueue.isDispatchThread();
        SetupWindow<T> w = new SetupWindow<>(enroller, threads, locale, enrolled);
        w.panel.fill(server, "", name);
        w.setLocationRelativeTo(null);
        w.setVisible(true);
        w.panel.focusFirstEmpty();
        return w;
    }

    /** The language the form is in now. */
    public Locale language() {
        return locale;
    }

    private void show(Locale next, String server, String code, String name) {
        locale = next;
        ResourceBundle messages = Ui.messages(next);
        setTitle(messages.getString("setup.windowTitle"));
        panel = new SetupPanel(messages, next, () -> presenter.enroll(panel.server(), panel.code(), panel.name()),
                this::switchLanguage);
        panel.fill(server, code, name);
        setContentPane(panel);
        // the panel mirrored itself, but for the inputs that stay left to right; the frame follows without undoing it
        setComponentOrientation(ComponentOrientation.getOrientation(next));
        presenter.bind(panel, messages);
    }

    private void switchLanguage(Locale next) {
        assert EventQueue.isDispatchThread();
        if (presenter.busy()) {
            return;
        }
        show(next, panel.server(), panel.code(), panel.name());
        revalidate();
        repaint();
        panel.focusFirstEmpty();
    }
}
