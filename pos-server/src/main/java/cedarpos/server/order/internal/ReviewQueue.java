package cedarpos.server.order.internal;

import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.order.ConflictView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Keeps an order's OPEN review queue rows equal to the conflicts its state
 * shows: a new key gets a row, a key no longer open is marked RESOLVED.
 */
final class ReviewQueue {
    static final String BY_MERGE = "merge";
    private static final Logger LOG = Logger.getLogger(ReviewQueue.class.getName());

    private ReviewQueue() {
    }

    /**
     * @param state      the order's state the conflicts come from (what each version sets, field by field)
     * @param open       the order's OPEN rows (updated in place: rows resolved are removed, new rows added)
     * @param resolvedBy who closed what is no longer open: a manager, or {@link #BY_MERGE}
     * @param resolution for the row of {@code resolvedKey}: the manager's choice as JSON text
     */
    static void sync(String branchId, String orderId, OrderState state, List<Conflict> conflicts,
                     List<OrderConflictEntity> open, String resolvedBy, String resolvedKey, String resolution,
                     Consumer<OrderConflictEntity> store) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Set<String> keys = new HashSet<>();
        conflicts.forEach(c -> keys.add(c.key()));
        Set<String> stillOpen = new HashSet<>();
        for (OrderConflictEntity row : new ArrayList<>(open)) {
            if (keys.contains(row.key()) && stillOpen.add(row.key())) {
                continue;
            }
            boolean target = row.key().equals(resolvedKey);
            String by = target || resolvedKey == null ? resolvedBy : resolvedBy + " (with " + resolvedKey + ")";
            row.resolved(now, clip(by), target ? resolution : null);
            open.remove(row);
            LOG.info(() -> "conflict resolved branch=" + branchId + " order=" + orderId + " conflict=" + row.id()
                    + " key=" + row.key() + " by=" + by);
        }
        for (Conflict c : conflicts) {
            String versions = versionsJson(state, c);
            OrderConflictEntity existing = open.stream().filter(r -> r.key().equals(c.key())).findFirst()
                    .orElse(null);
            if (existing != null) {
                existing.versions(versions);
                continue;
            }
            OrderConflictEntity row = new OrderConflictEntity(UUID.randomUUID().toString(), branchId, orderId,
                    c.key(), c.kind().name(), c.lineId() == null ? null : c.lineId().toString(), c.field(), versions,
                    now);
            store.accept(row);
            open.add(row);
            LOG.info(() -> "conflict detected branch=" + branchId + " order=" + orderId + " conflict=" + row.id()
                    + " key=" + row.key() + " versions=" + c.versions().stream().map(v -> v.stamp().encode())
                    .toList());
        }
    }

    private static String clip(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100);
    }

    static String versionsJson(OrderState state, Conflict c) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (Conflict.Version v : c.versions()) {
            Stamp s = v.stamp();
            a.add(Jsons.objectBuilder().add("stamp", s.encode()).add("terminalId", s.origin().toString())
                    .add("atMs", s.atMs()).add("value", v.value()).add("changes", ConflictParts.of(state, c, v)));
        }
        return a.build().toString();
    }

    static ConflictView view(OrderConflictEntity c) {
        List<ConflictView.Version> versions = new ArrayList<>();
        try (JsonReader r = Jsons.reader(new StringReader(c.versionsJson()))) {
            for (JsonObject v : r.readArray().getValuesAs(JsonObject.class)) {
                // rows stored before the parts were kept have none: their value's sentence says it
                versions.add(new ConflictView.Version(v.getString("stamp"), v.getString("terminalId"),
                        v.getJsonNumber("atMs").longValue(), v.getString("value"),
                        v.containsKey("changes") ? v.getJsonObject("changes") : Jsons.objectBuilder().build()));
            }
        }
        return new ConflictView(c.id(), c.key(), c.kind(), c.orderId(), c.lineId(), c.field(), versions,
                ms(c.detectedAt()), c.status(), c.resolvedAt() == null ? null : ms(c.resolvedAt()), c.resolvedBy(),
                c.resolutionJson());
    }

    private static long ms(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
