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
        PayaraServer server = builder(work).build().start();
        Bench.progress("server ready at " + server.httpUrl());
        return server;
    }

    /**
     * The demo server with the bench's JVM options (-Dbench.serverJfr, -Dbench.serverJvm, -Dbench.serverHeap), not
     * started.
     */
    static PayaraServer.Builder builder(Path work) {
        PayaraServer.Builder builder = ItServers.demoOnH2(work);
        String jfr = System.getProperty("bench.serverJfr");
        if (jfr != null) {
            // -Dbench.serverJfr=/tmp/server.jfr records where the server spends its time during the benchmark
            builder.jvmOption("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        String jvm = System.getProperty("bench.serverJvm");
        if (jvm != null && !jvm.isBlank()) {
            // -Dbench.serverJvm="-XX:TieredStopAtLevel=1 ..." compares JVM settings of the server in the same benchmark
            for (String option : jvm.trim().split("\\s+")) {
                builder.jvmOption(option);
            }
        }
        String heap = System.getProperty("bench.serverHeap");
        if (heap != null) {
            builder.jvmOption("-Xmx" + heap);
        }
        return builder;
    }
}
