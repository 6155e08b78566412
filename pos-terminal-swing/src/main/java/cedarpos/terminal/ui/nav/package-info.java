/**
 * How screens go to one another without importing each other: the {@link cedarpos.terminal.ui.nav.Navigator}
 * (implemented by the window's screens deck) and what travels with a move ({@link
 * cedarpos.terminal.ui.nav.ShareToPay}, from the split screen to the payment screen).
 */
package cedarpos.terminal.ui.nav;
