package cedarpos.server.access.internal;

import cedarpos.server.platform.ServerDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Checks HTTP Basic credentials against staff_account; the account's roles become its groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {
    private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());

    @Inject
    private StaffDirectory staff;

    @Inject
    private ServerDatabase database;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (!database.isReady()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String user = credential.getCaller();
        Optional<Set<String>> roles = staff.authenticate(user, credential.getPassword().getValue());
        if (roles.isEmpty()) {
            LOG.info(() -> "sign-in refused user=" + abbreviate(user));
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user, roles.get());
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
