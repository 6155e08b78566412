/**
 * The PIN sign-in screen, checked offline against the last catalog's staff, with the till's lockout. {@link
 * cedarpos.terminal.ui.signin.SignInScreen} wires it to the {@code CashierCatalog}; who signed in goes to the
 * window.
 */
package cedarpos.terminal.ui.signin;
