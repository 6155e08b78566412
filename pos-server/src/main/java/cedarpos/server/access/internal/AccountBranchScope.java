package cedarpos.server.access.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.access.Roles;
import cedarpos.server.platform.BranchScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.function.Predicate;

/** An admin works on every branch, a manager on its account's branches, an unsigned caller on none. */
@ApplicationScoped
public class AccountBranchScope implements BranchScope {
    @Inject
    private StaffDirectory staff;

    @Override
    public Predicate<BranchId> of(SecurityContext caller) {
        Principal who = caller.getUserPrincipal();
        if (who == null) {
            return branch -> false;
        }
        if (caller.isUserInRole(Roles.ADMIN)) {
            return branch -> true;
        }
        return staff.activeAccount(who.getName()).<Predicate<BranchId>>map(a -> a::mayUse).orElse(branch -> false);
    }
}
