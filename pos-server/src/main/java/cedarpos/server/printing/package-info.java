/**
 * How a branch prints: printers, kitchen stations, routes from categories and dishes to stations, the default
 * station and each terminal's receipt printer ({@link cedarpos.server.printing.PrintingSettings}), and a manager's
 * changes to them. URL: {@code /api/branches/{b}/printing}. Depends on: access, branch, changelog, enrollment,
 * platform.
 */
package cedarpos.server.printing;
