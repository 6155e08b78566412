package cedarpos.terminal.archfixture.ui;

import cedarpos.terminal.archfixture.ui.alpha.AlphaScreen;
import cedarpos.terminal.archfixture.ui.beta.BetaScreen;

/** The window, which may know every screen. */
public final class Window {
    final AlphaScreen alpha = new AlphaScreen();
    final BetaScreen beta = new BetaScreen();
}
