/**
 * A branch's dining tables ({@link cedarpos.server.floor.FloorPlan}) and their status as last-write-wins registers
 * ({@link cedarpos.server.floor.TableStatuses}); a manager adds and changes tables (under the branch lock, audited,
 * sent to the tills as a new catalog); the floor of a branch being opened is laid out from its template (observing
 * {@link cedarpos.server.branch.BranchOpened}). URL: {@code /api/branches/{b}/tables}. Depends on: access, branch,
 * changelog, platform.
 */
package cedarpos.server.floor;
