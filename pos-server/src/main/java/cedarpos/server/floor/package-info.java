/**
 * A branch's dining tables ({@link cedarpos.server.floor.FloorPlan}) and their status as last-write-wins registers
 * ({@link cedarpos.server.floor.TableStatuses}); a manager adds and changes tables (under the branch lock, audited,
 * sent to the tills as a new catalog). URL: {@code /api/branches/{b}/tables}. Depends on: access, changelog, platform.
 */
package cedarpos.server.floor;
