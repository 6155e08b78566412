/**
 * Sending to the connected terminals of a branch, only after the writing transaction commits: change-log records
 * ({@link cedarpos.server.broadcast.BranchChangesCommitted}) and new catalogs
 * ({@link cedarpos.server.broadcast.BranchCatalogChanged}), through the registry of live sessions
 * ({@link cedarpos.server.broadcast.SessionRegistry}); and the web admin's live streams
 * ({@code GET /api/branches/{b}/events}: server-sent events saying what changed, among them
 * {@link cedarpos.server.broadcast.TerminalsChanged}, {@link cedarpos.server.broadcast.ShiftsRecorded} and
 * {@link cedarpos.server.broadcast.EntriesRejected}). Depends on nothing else of the server.
 */
package cedarpos.server.broadcast;
