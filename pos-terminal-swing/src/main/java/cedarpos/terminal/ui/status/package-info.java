/**
 * The status bar, always on screen: online or offline, what waits to sync and for how long, the last sync, a
 * printer that needs someone, and the entries the server refused for good. Driven by the sync worker's {@code
 * SyncStatus} events; wired by the window.
 */
package cedarpos.terminal.ui.status;
