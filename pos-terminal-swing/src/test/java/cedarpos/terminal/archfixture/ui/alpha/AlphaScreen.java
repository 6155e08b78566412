package cedarpos.terminal.archfixture.ui.alpha;

import cedarpos.terminal.archfixture.ui.beta.BetaScreen;
import cedarpos.terminal.archfixture.ui.kit.Keys;
import cedarpos.terminal.archfixture.ui.nav.Go;

/** Breaks screensNeverImportOtherScreens: it opens the beta screen itself instead of going through the navigator. */
public final class AlphaScreen {
    final Keys keys = new Keys();

    void next(Go go) {
        new BetaScreen().open();
        go.somewhere();
    }
}
