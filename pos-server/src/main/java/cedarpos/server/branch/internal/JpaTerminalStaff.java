package cedarpos.server.branch.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.staff.Pin;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.branch.TerminalStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaTerminalStaff implements TerminalStaff {
    private static final Logger LOG = Logger.getLogger(JpaTerminalStaff.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private EntityManager em;

    @Override
    public List<StaffMember> active(BranchId branch) {
        List<StaffMember> out = new ArrayList<>();
        for (StaffMemberEntity s : activeRows(branch)) {
            try {
                out.add(new StaffMember(UUID.fromString(s.id()), s.name(), Role.valueOf(s.role()), s.pinHash()));
            } catch (IllegalArgumentException e) {
                // the constraints let nothing like this in; one bad row must not keep the catalog from the tills
                LOG.warning(() -> "staff member left out of the catalog branch=" + branch + " member=" + s.id()
                        + ": " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public List<Member> all(BranchId branch) {
        return em.createNamedQuery("TerminalStaff.findByBranch", StaffMemberEntity.class)
                .setParameter("branchId", branch.toString()).getResultList().stream()
                .map(JpaTerminalStaff::member).toList();
    }

    @Override
    public Member add(BranchId branch, String name, Role role, char[] pin) {
        UUID id = UUID.randomUUID();
        String hash = hash(pin);
        try {
            new StaffMember(id, name, role, hash);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
        requireUnused(branch, pin, null);
        StaffMemberEntity s = new StaffMemberEntity(id.toString(), branch.toString(), name, role.name(), hash,
                LocalDateTime.now());
        em.persist(s);
        return member(s);
    }

    @Override
    public Member changePin(BranchId branch, UUID member, char[] pin) {
        String hash = hash(pin);
        StaffMemberEntity s = find(branch, member);
        if (!s.active()) {
            throw unknown(member, "no active staff member ");
        }
        requireUnused(branch, pin, s.id());
        s.changePin(hash);
        return member(s);
    }

    @Override
    public Member deactivate(BranchId branch, UUID member) {
        StaffMemberEntity s = find(branch, member);
        Member before = member(s);
        s.deactivate();
        return before;
    }

    private List<StaffMemberEntity> activeRows(BranchId branch) {
        return em.createNamedQuery("TerminalStaff.findActiveByBranch", StaffMemberEntity.class)
                .setParameter("branchId", branch.toString()).getResultList();
    }

    /** Sign-in finds a member by PIN alone: a PIN another active member has would sign one in as the other. */
    private void requireUnused(BranchId branch, char[] pin, String except) {
        for (StaffMemberEntity other : activeRows(branch)) {
            if (!other.id().equals(except) && Pin.matches(pin, other.pinHash())) {
                throw new RequestRefused(409, "PIN_IN_USE", "another active member of the branch signs in with this"
                        + " PIN; choose another");
            }
        }
    }

    private StaffMemberEntity find(BranchId branch, UUID member) {
        StaffMemberEntity s = em.find(StaffMemberEntity.class, member.toString());
        if (s == null || !s.branchId().equals(branch.toString())) {
            throw unknown(member, "no staff member ");
        }
        return s;
    }

    private static RequestRefused unknown(UUID member, String what) {
        return new RequestRefused(404, "UNKNOWN_STAFF", what + member + " in this branch");
    }

    private static String hash(char[] pin) {
        try {
            return Pin.hash(pin, RANDOM);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField("pin", "pin: " + e.getMessage());
        }
    }

    private static Member member(StaffMemberEntity s) {
        return new Member(UUID.fromString(s.id()), s.name(), Role.valueOf(s.role()), s.active());
    }
}
