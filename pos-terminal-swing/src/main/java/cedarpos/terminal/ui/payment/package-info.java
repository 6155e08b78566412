/**
 * The payment screen: tenders in dollars and pounds typed on the number pad, change, VAT, and completing the
 * payment of a whole check or one share. {@link cedarpos.terminal.ui.payment.PaymentScreen} wires it to the {@code
 * PaymentBook}; a settled check goes to the floor, a paid share back to the split screen, through the navigator.
 */
package cedarpos.terminal.ui.payment;
