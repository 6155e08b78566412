package cedarpos.server.access.web;

import cedarpos.server.platform.JsonAnswer;
import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.access.AuditLog;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A branch's audit trail for its managers: who set the rate, VAT, a recipe, a PIN, who enrolled or revoked a
 * terminal. The audit log is this module's; the guard has checked that the branch exists.
 */
@Path("/branches/{branchId}/audit")
@RequestScoped
public class BranchAuditResource {
    private static final int MAX_LIMIT = 500;
    private static final int MAX_SUBJECT = 100;

    @Inject
    private AuditLog audit;

    /**
     * {@code ?limit=1..500} (default 100) {@code &subject=<id>} (optional: only the records about it, an order's
     * for example) -> {@code [{"atMs","actor","action","subject","detail"}]}, newest first.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId,
                         @QueryParam("limit") @DefaultValue("100") String limitText,
                         @QueryParam("subject") String subject) {
        int limit = RequestBody.limit(limitText, MAX_LIMIT);
        if (subject != null && (subject.isBlank() || subject.length() > MAX_SUBJECT)) {
            throw RequestRefused.invalidField("subject", "subject must be 1 to " + MAX_SUBJECT + " characters");
        }
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (AuditLog.Entry e : subject == null ? audit.recent(branchId, limit)
                : audit.about(branchId, subject, limit)) {
            JsonObjectBuilder o = Jsons.objectBuilder().add("atMs", e.atMs()).add("actor", e.actor())
                    .add("action", e.action());
            nullable(o, "subject", e.subject());
            nullable(o, "detail", e.detail());
            a.add(o);
        }
        return JsonAnswer.ok(a.build());
    }

    private static void nullable(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
