package cedarpos.terminal.archfixture.ui.beta;

import cedarpos.terminal.archfixture.ui.kit.Keys;
import cedarpos.terminal.archfixture.ui.nav.Go;

/** Keeps the screen rule: it shares the kit and goes through the navigator. */
public final class BetaScreen {
    final Keys keys = new Keys();

    public void open() {
        keys.press();
    }

    void next(Go go) {
        go.somewhere();
    }
}
