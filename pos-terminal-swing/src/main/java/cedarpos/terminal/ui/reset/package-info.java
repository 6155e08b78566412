/**
 * Resetting a till (its data archived, the setup screen again) and enrolling it again after its device token was
 * revoked (its data and unsent entries kept), both behind a manager.
 */
package cedarpos.terminal.ui.reset;
