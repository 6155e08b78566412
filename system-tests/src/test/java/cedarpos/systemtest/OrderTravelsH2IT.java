package cedarpos.systemtest;

import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import java.nio.file.Path;

/** The server on its default embedded database: an H2 file under its data directory. */
class OrderTravelsH2IT extends OrderTravelsContract {
    @Override
    protected PayaraServer.Builder server(Path work) {
        return ItServers.demoOnH2(work);
    }
}
