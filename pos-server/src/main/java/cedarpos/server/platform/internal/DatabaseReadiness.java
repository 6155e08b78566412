package cedarpos.server.platform.internal;

import cedarpos.server.platform.ServerDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the schema is migrated and a real query answers now. Payara
 * itself reports a deployed app even when its datasource is dead, so a load
 * balancer or a test must ask this instead.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final int QUERY_TIMEOUT_SECONDS = 3;

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private ServerDatabase database;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("database");
        if (!database.isReady()) {
            return r.down().withData("problem", database.problem()).build();
        }
        if (!database.isServing()) {
            return r.down().withData("problem", "startup work in progress").build();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT epoch FROM server_identity WHERE id = 1")) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return r.down().withData("problem", "server_identity is empty").build();
                }
                return r.up().withData("epoch", rs.getString(1))
                        .withData("database", c.getMetaData().getDatabaseProductName()).build();
            }
        } catch (SQLException | RuntimeException e) {
            return r.down().withData("problem", DatabaseStartup.rootMessage(e)).build();
        }
    }
}
