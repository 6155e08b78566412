package cedarpos.server.broadcast.internal;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.broadcast.BranchCatalogChanged;
import cedarpos.server.broadcast.BranchChangesCommitted;
import cedarpos.server.broadcast.ShiftsRecorded;
import cedarpos.server.broadcast.EntriesRejected;
import cedarpos.server.broadcast.TerminalsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The web admin's live streams (server-sent events), one broadcaster per branch: what its pages show changed. Events
 * carry only what changed ({@code changes} {@code {"head"}}, {@code catalog} {@code {"version"}}, {@code terminals}
 * {@code {}}, {@code shifts} {@code {}}); a page reads what it shows again through the REST API, so a stream says "look again", never holds
 * data a manager's account could not read. Sent after commit, like the tills' frames.
 */
@ApplicationScoped
public class AdminStreams {
    private static final Logger LOG = Logger.getLogger(AdminStreams.class.getName());

    private final Map<BranchId, SseBroadcaster> byBranch = new ConcurrentHashMap<>();
    private volatile Sse sse;

    /** Adds a page's stream to the branch's broadcaster; it leaves when the page goes away. */
    public void open(BranchId branch, SseEventSink sink, Sse sse) {
        this.sse = sse;
        SseBroadcaster broadcaster = byBranch.computeIfAbsent(branch, b -> {
            SseBroadcaster created = sse.newBroadcaster();
            created.onError((s, e) -> LOG.fine(() -> "admin stream ended branch=" + b + ": " + e));
            return created;
        });
        broadcaster.register(sink);
        // the first event tells the page its stream is live (and flushes the response headers to it)
        sink.send(sse.newEventBuilder().name("open").data(String.class, "{}")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).build());
    }

    void onChanges(@Observes(during = TransactionPhase.AFTER_SUCCESS) BranchChangesCommitted event) {
        send(event.branchId(), "changes", Jsons.objectBuilder().add("head", event.changes().head()).build());
    }

    void onCatalog(@Observes(during = TransactionPhase.AFTER_SUCCESS) BranchCatalogChanged event) {
        send(event.branchId(), "catalog", Jsons.objectBuilder().add("version", event.catalog().version()).build());
    }

    void onTerminals(@Observes TerminalsChanged event) {
        send(event.branchId(), "terminals", Jsons.objectBuilder().build());
    }

    void onShifts(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShiftsRecorded event) {
        send(event.branchId(), "shifts", Jsons.objectBuilder().build());
    }

    void onRejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntriesRejected event) {
        send(event.branchId(), "rejected", Jsons.objectBuilder().build());
    }

    private void send(BranchId branch, String name, JsonObject data) {
        SseBroadcaster broadcaster = byBranch.get(branch);
        Sse current = sse;
        if (broadcaster != null && current != null) {
            broadcaster.broadcast(current.newEventBuilder().name(name).data(String.class, data.toString())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).build());
        }
    }
}
