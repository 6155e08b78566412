/**
 * Devices: one-time enrollment codes, device tokens (only their hashes are stored), revocation, and closing a
 * terminal's connections when its token is replaced or revoked.
 *
 * <p>API: {@link cedarpos.server.enrollment.Enrollments}, {@link cedarpos.server.enrollment.TokenCheck}. URLs:
 * {@code /api/branches/{b}/enrollment-codes}, {@code /api/enrollments}, {@code /api/terminals/{t}/token}.
 * Depends on: access, branch, broadcast, platform.
 */
package cedarpos.server.enrollment;
