/**
 * The order screen: the menu board, the draft and the saved check, seats and courses, sending to the kitchen and
 * firing courses; voids, discounts, moving and joining checks ({@code CheckDialogs}, the changes that ask first).
 * {@link cedarpos.terminal.ui.order.OrderScreen} wires it to the order, stock and floor books and the cashier's
 * catalog; Pay and Split go on through the navigator. Refreshed on remote changes and a new catalog.
 */
package cedarpos.terminal.ui.order;
