/**
 * Talking to the server: the {@link cedarpos.terminal.sync.SyncWorker} keeps one WebSocket alive and drives a
 * {@link cedarpos.terminal.sync.SyncConversation} over it (hello, welcome, catalog, pull, push of the outbox, acks);
 * the {@link cedarpos.terminal.sync.EnrollmentClient} trades an enrollment code for a device token. It reads and
 * writes the store only through its {@code SyncLog}. Events: {@link cedarpos.terminal.sync.SyncStatus}, to {@link
 * cedarpos.terminal.sync.SyncStatusSource} listeners (the status bar). Never imports Swing.
 */
package cedarpos.terminal.sync;
