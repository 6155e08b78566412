/**
 * Who may use the server and what they did: web accounts and their roles ({@link cedarpos.server.access.Roles}),
 * the branches of a manager account ({@code BranchScope}), HTTP sign-in (Basic, or a web session with its CSRF
 * token, {@code /api/session}; five wrong passwords lock an account; 503 rather than 401 while the database cannot
 * check a password), and the audit log every module writes to ({@link cedarpos.server.access.AuditLog}).
 *
 * <p>API: {@code AuditLog}, {@code Roles}. URLs: {@code /api/session}, {@code /api/staff}, {@code /api/branches/{b}/audit}, the container
 * error page {@code /auth-error}. Depends on: platform.
 */
package cedarpos.server.access;
