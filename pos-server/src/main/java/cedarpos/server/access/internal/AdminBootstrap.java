package cedarpos.server.access.internal;

import cedarpos.server.access.Roles;
import cedarpos.server.platform.DatabaseReady;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first administrator: created at startup from cedarpos.admin.user /
 * cedarpos.admin.password (CEDARPOS_ADMIN_USER / CEDARPOS_ADMIN_PASSWORD) when
 * no account of that name exists. An existing account is never changed, so the
 * variable can stay set without resetting a password changed since. Without it, a server with no account offers a
 * one-time setup code instead ({@link FirstAdministrator}).
 */
@ApplicationScoped
public class AdminBootstrap {
    static final String USER_KEY = "cedarpos.admin.user";
    static final String PASSWORD_KEY = "cedarpos.admin.password";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    private StaffDirectory staff;

    @Inject
    private FirstAdministrator first;

    void onReady(@Observes DatabaseReady ready) {
        createConfigured();
        first.offerIfNoAccount(ready.dataDir());
    }

    private void createConfigured() {
        Optional<String> password = value(PASSWORD_KEY);
        String user = value(USER_KEY).orElse("admin");
        if (password.isEmpty()) {
            LOG.fine("no " + PASSWORD_KEY + " configured; no administrator created from it");
            return;
        }
        try {
            if (staff.exists(user)) {
                LOG.info(() -> "administrator account exists user=" + user + "; its password is left unchanged");
                return;
            }
            staff.create(user, password.get().toCharArray(), Set.of(Roles.ADMIN, Roles.MANAGER), Set.of(), "system");
        } catch (RequestRefused e) {
            if ("STAFF_EXISTS".equals(e.code())) {
                // created between the check and the insert (another node on the same database): what we wanted
                LOG.info(() -> "administrator account exists user=" + user + "; created concurrently");
                return;
            }
            LOG.log(Level.SEVERE, "administrator account user=" + user + " not created: " + e.getMessage());
        } catch (RuntimeException e) {
            // the message never contains the password; the account can be created again at the next start
            LOG.log(Level.SEVERE, "administrator account user=" + user + " not created: " + e.getMessage());
        }
    }

    private static Optional<String> value(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(s -> !s.isBlank());
    }
}
