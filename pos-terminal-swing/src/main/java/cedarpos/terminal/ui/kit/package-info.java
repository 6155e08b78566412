/**
 * What every screen shares: theme and string helpers ({@link cedarpos.terminal.ui.kit.Ui}: {@code styled}, {@code
 * named}, {@code transparent}, {@code verticalScroll}), the one {@link cedarpos.terminal.ui.kit.NumberPad}, touch
 * dialogs ({@link cedarpos.terminal.ui.kit.TouchDialog}, {@link cedarpos.terminal.ui.kit.ManagerPinDialog}), the
 * manager approval ({@link cedarpos.terminal.ui.kit.ManagerGate}) and typed amounts ({@link
 * cedarpos.terminal.ui.kit.Amounts}). Depends on no screen.
 */
package cedarpos.terminal.ui.kit;
