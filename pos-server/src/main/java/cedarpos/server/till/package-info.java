/**
 * Till shifts and Z reports as the terminals push them ({@link cedarpos.server.till.TillShifts}). URL:
 * {@code /api/branches/{b}/shifts}. Depends on: platform.
 */
package cedarpos.server.till;
