package cedarpos.protocol.v1;

import cedarpos.domain.audit.AuditEvent;
import jakarta.json.JsonObject;

/**
 * JSON form of an {@link AuditEvent}, the payload of entity {@code audit}, operation {@code record}:
 * {@code {"id", "atMs", "terminalId", "actor", "approvedBy", "action", "subject", "detail", "reason"}}.
 */
public final class AuditEventJson {
    private AuditEventJson() {
    }

    public static JsonObject encode(AuditEvent e) {
        return Jsons.objectBuilder().add("id", e.id().toString()).add("atMs", e.atMs())
                .add("terminalId", e.terminalId().toString()).add("actor", e.actor()).add("approvedBy", e.approvedBy())
                .add("action", e.action().name()).add("subject", e.subject()).add("detail", e.detail())
                .add("reason", e.reason()).build();
    }

    public static AuditEvent decode(JsonObject json) throws ProtocolException {
        Fields f = Fields.payload(json);
        try {
            return new AuditEvent(f.uuid("id"), f.longValue("atMs", 0, Long.MAX_VALUE), f.uuid("terminalId"),
                    f.string("actor"), f.string("approvedBy"), OrderJsonValues.enumValue(f, "action",
                    AuditEvent.Action.class), f.string("subject"), f.string("detail"), f.string("reason"));
        } catch (IllegalArgumentException e) {
            throw f.refused(e);
        }
    }
}
