package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.branch.Branches;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.inventory.MenuAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Where a branch's conversation with its terminals stands: the catalog version they should hold, the change head
 * they pull towards, how many are connected, and the dishes switched off (which the catalog does not carry).
 */
@ApplicationScoped
public class BranchSyncStatus {
    @Inject
    private Branches branches;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private MenuAvailability availability;

    public record View(String id, String name, String currency, long catalogVersion, long changeHead,
                       int openSessions, List<String> unavailableMenuItems) {
    }

    /** Empty for an unknown branch. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<View> of(BranchId branch) {
        return branches.branch(branch).map(b -> new View(b.id().toString(), b.name(), b.currency().name(),
                b.catalogVersion(), changeLog.head(branch).orElse(0), sessions.openSessions(branch),
                availability.unavailable(branch).stream().map(Object::toString).sorted().toList()));
    }
}
