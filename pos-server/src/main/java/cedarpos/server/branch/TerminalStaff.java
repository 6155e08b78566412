package cedarpos.server.branch;

import cedarpos.domain.BranchId;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import java.util.List;
import java.util.UUID;

/**
 * The people who sign in on a branch's terminals. A PIN is kept as its hash only and never leaves this module in
 * any other form than the catalog's {@link StaffMember}. Sign-in identifies a member by PIN alone, so no two active
 * members of a branch share one. Every method joins the caller's transaction.
 */
public interface TerminalStaff {
    /** A member as managers see them: no PIN hash. */
    record Member(UUID id, String name, Role role, boolean active) {
    }

    /** The branch's active members, by name, as the catalog carries them (with their PIN hashes). */
    List<StaffMember> active(BranchId branch);

    /** Every member of the branch, active first, by name. */
    List<Member> all(BranchId branch);

    /**
     * @throws cedarpos.server.platform.RequestRefused 400 INVALID_FIELD (name, PIN), 409 PIN_IN_USE (another active
     *                                                 member signs in with this PIN)
     */
    Member add(BranchId branch, String name, Role role, char[] pin);

    /**
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_STAFF (not an active member of the branch), 400
     *                                                 INVALID_FIELD, 409 PIN_IN_USE
     */
    Member changePin(BranchId branch, UUID member, char[] pin);

    /**
     * The member no longer signs in; the row stays.
     *
     * @return the member as they were: {@code active} false when they already were deactivated (nothing changed)
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_STAFF (not a member of the branch)
     */
    Member deactivate(BranchId branch, UUID member);
}
