package cedarpos.terminal.ui.split;

import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.ui.nav.Navigator;
import java.util.ResourceBundle;
import java.util.function.Function;
import javax.swing.JComponent;

/** The split-check screen: it writes nothing; a share goes to the payment screen, Back to the order screen. */
public final class SplitScreen {
    private final SplitPanel panel;
    private final SplitPresenter presenter;

    /** @param names a line's dish as the screen's language names it */
    public SplitScreen(Navigator navigator, ResourceBundle messages, Function<MergedLine, String> names) {
        panel = new SplitPanel(messages);
        presenter = new SplitPresenter(panel, messages, navigator::toPayment, navigator::backToOrder, names);
        panel.bind(presenter);
    }

    public JComponent component() {
        return panel;
    }

    public void open(MergedOrder check) {
        presenter.open(check);
    }
}
