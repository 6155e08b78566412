/**
 * A branch's dining tables ({@link cedarpos.server.floor.FloorPlan}) and their status as last-write-wins registers
 * ({@link cedarpos.server.floor.TableStatuses}). URL: {@code /api/branches/{b}/tables}. Depends on: platform.
 */
package cedarpos.server.floor;
