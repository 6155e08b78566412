/**
 * Sending to the connected terminals of a branch, only after the writing transaction commits: change-log records
 * ({@link cedarpos.server.broadcast.BranchChangesCommitted}) and new catalogs
 * ({@link cedarpos.server.broadcast.BranchCatalogChanged}), through the registry of live sessions
 * ({@link cedarpos.server.broadcast.SessionRegistry}). Depends on nothing else of the server.
 */
package cedarpos.server.broadcast;
