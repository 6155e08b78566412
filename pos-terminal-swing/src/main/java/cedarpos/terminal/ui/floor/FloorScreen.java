package cedarpos.terminal.ui.floor;

import cedarpos.domain.ArabicNames;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.nav.Navigator;
import java.time.Clock;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javax.swing.JComponent;

/** The floor plan screen wired to the floor book: a tapped table (or the counter) opens its order. */
public final class FloorScreen {
    private final FloorPanel panel;
    private final FloorPresenter presenter;

    /** @param names how areas show in Arabic (the last catalog's), read on the IO thread */
    public FloorScreen(FloorBook floor, Supplier<ArabicNames> names, Navigator navigator, Threads threads,
                       ResourceBundle messages, Clock clock) {
        panel = new FloorPanel(messages);
        presenter = new FloorPresenter(floor, names, panel, threads, messages, clock, navigator::toTable);
        panel.bind(presenter);
    }

    public JComponent component() {
        return panel;
    }

    /** Rereads the floor plan (off the EDT); a reload asked while one runs follows it. */
    public void reload() {
        presenter.reload();
    }
}
