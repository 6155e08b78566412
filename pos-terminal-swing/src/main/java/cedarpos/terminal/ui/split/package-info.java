/**
 * The split-check screen: what is left on a check split by seat, evenly or by items into shares. It writes nothing:
 * {@link cedarpos.terminal.ui.split.SplitScreen} sends a share to the payment screen, and Back to the order screen,
 * through the navigator.
 */
package cedarpos.terminal.ui.split;
