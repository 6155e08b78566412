package cedarpos.server.access;

import java.util.Set;

/** The roles of staff accounts; web.xml and glassfish-web.xml name the same strings. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final Set<String> ALL = Set.of(ADMIN, MANAGER);

    private Roles() {
    }
}
