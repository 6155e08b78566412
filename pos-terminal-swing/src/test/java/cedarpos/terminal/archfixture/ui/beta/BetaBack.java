package cedarpos.terminal.archfixture.ui.beta;

import cedarpos.terminal.archfixture.ui.Window;

/** Breaks screensNeverReachBackToTheWindow: a screen that reaches for the window. */
public final class BetaBack {
    Window window;
}
