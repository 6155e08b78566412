package cedarpos.server.platform;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The schema is migrated and the epoch is settled: modules may now use JPA.
 * Fired once per process, after which {@link ServerDatabase#isReady()} is true.
 *
 * @param demo    whether the demo data was loaded (cedarpos.demo)
 * @param dataDir the server's data directory (cedarpos.data.dir), for files next to the database
 */
public record DatabaseReady(String epoch, boolean demo, Path dataDir) {
    public DatabaseReady {
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(dataDir, "dataDir");
    }
}
