package cedarpos.server.admin.internal;

import cedarpos.server.admin.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic for the whole application, checked against {@link StaffIdentityStore}.
 * Which paths need which role is declared in web.xml (security-constraint); the
 * groups an account gets are mapped to roles of the same name in
 * glassfish-web.xml, because Payara does not map groups to roles by default.
 * Requests without credentials to unconstrained paths (the WebSocket, health,
 * enrollment) pass untouched.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Cedar POS")
@DeclareRoles({Roles.ADMIN, Roles.MANAGER})
public class HttpSecurity {
}
