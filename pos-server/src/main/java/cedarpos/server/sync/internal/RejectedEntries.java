package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The manager's view of the outbox entries the server rejected. */
@ApplicationScoped
public class RejectedEntries {
    @Inject
    private EntityManager em;

    /** The branch's rejected entries, newest first, of one terminal when {@code terminal} is given. */
    @Transactional
    public JsonArray of(BranchId branchId, TerminalId terminal, int limit) {
        TypedQuery<RejectedEntryEntity> q = terminal == null
                ? em.createNamedQuery("RejectedEntry.ofBranch", RejectedEntryEntity.class)
                : em.createNamedQuery("RejectedEntry.ofBranchTerminal", RejectedEntryEntity.class)
                .setParameter("terminalId", terminal.toString());
        List<RejectedEntryEntity> rows = q.setParameter("branchId", branchId.toString()).setMaxResults(limit)
                .getResultList();
        Map<String, String> names = new HashMap<>();
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (RejectedEntryEntity r : rows) {
            String name = names.computeIfAbsent(r.terminalId(), id -> {
                TerminalEntity t = em.find(TerminalEntity.class, id);
                return t == null ? null : t.name();
            });
            JsonObjectBuilder b = Jsons.objectBuilder().add("entryId", r.entryId()).add("terminalId", r.terminalId());
            if (name == null) {
                b.addNull("terminalName");
            } else {
                b.add("terminalName", name);
            }
            a.add(b.add("seq", r.seq()).add("entity", r.entity()).add("recordId", r.recordId())
                    .add("operation", r.operation()).add("eventTimeMs", r.eventTimeMs()).add("code", r.code())
                    .add("message", r.message()).add("rejectedAtMs", r.rejectedAtMs())
                    .add("payload", payload(r.payload())));
        }
        return a.build();
    }

    /** The payload as it came: an object, which the push frame guaranteed. */
    private static JsonValue payload(String text) {
        try (JsonReader reader = Jsons.reader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            return Jsons.objectBuilder().add("text", text).build();
        }
    }
}
