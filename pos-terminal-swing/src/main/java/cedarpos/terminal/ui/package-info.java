/**
 * The window: {@link cedarpos.terminal.ui.MainWindow} (frame, header, stock alerts band, status bar) and {@code
 * Screens}, which builds every screen from the store's books, shows one at a time and is the {@link
 * cedarpos.terminal.ui.nav.Navigator} they go to each other by. The only package that knows every screen; nothing
 * under ui depends on it. Also the theme ({@link cedarpos.terminal.ui.CedarPosLaf}) and the message bundles.
 */
package cedarpos.terminal.ui;
