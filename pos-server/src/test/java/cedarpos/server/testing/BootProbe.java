package cedarpos.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Hammers a starting server with REST calls from its own thread and sorts every answer: no answer (the port is
 * not open yet: it opens only once the WAR is deployed), the application's clean refusals (503 or 401 with a
 * {"code","message"} body), the application's own answers, and anything else (Payara's 404 or empty 500 before
 * the application exists, an HTML error page, a stack trace), which a starting server must never send.
 * {@link #severeLines} finds SEVERE records in a server log.
 */
public final class BootProbe implements AutoCloseable {
    private static final Pattern CLEAN_BODY = Pattern.compile("^\\{\"code\":\"[A-Z_]+\",\"message\":\".*\"}$",
            Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final List<String> paths;
    private final String authorization;
    private final Thread thread;
    private volatile boolean running = true;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> unclean = new ArrayList<>();

    private BootProbe(String baseUrl, List<String> paths, String user, String password) {
        this.baseUrl = baseUrl;
        this.paths = List.copyOf(paths);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.thread = new Thread(this::loop, "boot-probe");
        thread.setDaemon(true);
    }

    /** Starts probing {@code paths} in turn, each with and without the administrator's credentials. */
    public static BootProbe start(String baseUrl, List<String> paths) {
        BootProbe p = new BootProbe(baseUrl, paths, ItServers.ADMIN_USER, ItServers.ADMIN_PASSWORD);
        p.thread.start();
        return p;
    }

    private void loop() {
        int i = 0;
        while (running) {
            String path = paths.get(i % paths.size());
            boolean signedIn = (i / paths.size()) % 2 == 0;
            i++;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
            if (signedIn) {
                b.header("Authorization", authorization);
            }
            HttpRequest request = path.startsWith("/api/enrollments")
                    ? b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()
                    : b.GET().build();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                record(classify(r.statusCode(), r.body()), request.method() + " " + path + " -> " + r.statusCode()
                        + " " + abbreviate(r.body()));
            } catch (IOException e) {
                record("no answer", null);
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** "clean 503 SERVER_STARTING", "app 200"... or "UNCLEAN ..." for what a starting server must never answer. */
    static String classify(int status, String body) {
        String b = body == null ? "" : body.strip();
        boolean clean = CLEAN_BODY.matcher(b).matches();
        if ((status == 503 || status == 401) && clean) {
            return "clean " + status + " " + b.substring(9, b.indexOf('"', 9));
        }
        if (status < 300 || (status < 500 && clean)) {
            return "app " + status;
        }
        return "UNCLEAN " + status;
    }

    private synchronized void record(String outcome, String detail) {
        outcomes.merge(outcome, 1, Integer::sum);
        if (outcome.startsWith("UNCLEAN") && unclean.size() < 20) {
            unclean.add(detail);
        }
    }

    private void pause() {
        try {
            Thread.sleep(50); // pacing only: nothing listens yet
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** How many answers of each kind so far. */
    public synchronized Map<String, Integer> outcomes() {
        return new TreeMap<>(outcomes);
    }

    /** Up to 20 answers that were neither a clean refusal nor the application's own answer. */
    public synchronized List<String> unclean() {
        return List.copyOf(unclean);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }

    /**
     * Gives the demo branch {@code orders} orders of one new terminal through the sync protocol, in pushes of
     * 500, so that a restart has a realistic database to open. Returns once all are acked.
     */
    public static void loadOrders(PayaraServer server, int orders) {
        ServerApi.Enrolled till = ItServers.admin(server).enrollNew(DemoBranch.ID, "boot-load");
        try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
            c.send(till.hello(0, 0));
            c.next(cedarpos.protocol.v1.Welcome.class);
            c.next(cedarpos.protocol.v1.Catalog.class);
            for (int from = 1; from <= orders; from += 500) {
                int to = Math.min(orders, from + 499);
                List<cedarpos.protocol.v1.OutboxEntry> batch = new ArrayList<>();
                for (int seq = from; seq <= to; seq++) {
                    batch.add(DemoBranch.entry(seq, DemoBranch.order(till.terminalId(), 2)));
                }
                c.send(new cedarpos.protocol.v1.Push(batch));
                while (!(c.next(Duration.ofSeconds(120)) instanceof cedarpos.protocol.v1.Ack a
                        && a.lastAppliedSeq() >= to)) {
                    // broadcasts of the terminal's own changes come between the acks
                }
            }
        }
    }

    /** The log's lines that carry a SEVERE record (Payara writes the level in brackets, maybe coloured). */
    public static List<String> severeLines(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("SEVERE")).map(BootProbe::abbreviate).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
