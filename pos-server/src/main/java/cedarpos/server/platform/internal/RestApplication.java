package cedarpos.server.platform.internal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every module's JAX-RS resources live under /api. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
