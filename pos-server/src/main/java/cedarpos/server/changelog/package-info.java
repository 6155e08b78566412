/**
 * A branch's change log and the lock that orders it. {@link cedarpos.server.changelog.ChangeLog} takes the lock
 * ({@link cedarpos.server.changelog.BranchLock}), reads pages for pulls and the head; the lock assigns sequences,
 * appends records, announces them after commit and turns a setup change into
 * {@link cedarpos.server.changelog.BranchSetupChanged}. Every writer of a branch, a terminal's push or a
 * manager's change, goes through it. Depends on: broadcast, platform.
 */
package cedarpos.server.changelog;
