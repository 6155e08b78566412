package cedarpos.server.archfixture.sync;

import cedarpos.server.changelog.BranchLock;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Fixture: a manager use case in the sync module: an HTTP write that changes the branch's setup. */
@Path("/rate")
public class ManagerWrite {
    @PUT
    public void setRate(BranchLock lock) {
        lock.setupChanged();
    }
}
