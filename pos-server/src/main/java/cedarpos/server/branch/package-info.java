/**
 * A branch and what its tills need to take payment: the branch itself (name, currency, catalog version), its menu
 * and modifier groups, its till staff and their PINs, the rate of the day and VAT.
 *
 * <p>API: {@link cedarpos.server.branch.Branches}, {@link cedarpos.server.branch.CashierSettings},
 * {@link cedarpos.server.branch.TerminalStaff}, {@link cedarpos.server.branch.BranchInfo}; the event
 * {@link cedarpos.server.branch.BranchOpened} (a branch was opened, with the tables it asked for). Setup changes go
 * through {@link cedarpos.server.changelog.BranchLock#setupChanged()}. Implements the platform's
 * {@link cedarpos.server.platform.KnownBranches} for the guard of branch-scoped requests. URLs:
 * {@code GET/POST /api/branches}, {@code /api/branches/{b}/exchange-rate}, {@code /vat}, {@code /staff},
 * {@code /menu}, {@code /menu-items}, {@code /modifier-groups}. Depends on:
 * access, changelog, platform.
 */
package cedarpos.server.branch;
