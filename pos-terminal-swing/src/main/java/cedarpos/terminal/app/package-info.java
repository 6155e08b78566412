/**
 * Starting a terminal: the command line ({@link cedarpos.terminal.app.CommandLine}), its configuration
 * ({@link cedarpos.terminal.app.TerminalConfig}), the headless core that wires the store, the sync worker and the
 * printer workers together ({@link cedarpos.terminal.app.TerminalCore}, free of Swing), {@link
 * cedarpos.terminal.app.Main}, which opens the window on top of it or runs headless, and the scripted cashier of
 * {@code --drive-orders} ({@link cedarpos.terminal.app.OrderDriver}). Nothing else depends on this package.
 */
package cedarpos.terminal.app;
