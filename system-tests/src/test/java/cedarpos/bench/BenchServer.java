package cedarpos.bench;

import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real server for a benchmark: the demo branch on an H2 file, loopback only. */
final class BenchServer {
    private BenchServer() {
    }

    static Path work(String name) throws java.io.IOException {
        return Files.createTempDirectory("bench-" + name);
    }

    static PayaraServer start(Path work) {
        Bench.progress("starting Payara Micro with the server WAR ...");
        PayaraServer server = ItServers.demoOnH2(work).build().start();
        Bench.progress("server ready at " + server.httpUrl());
        return server;
    }
}
