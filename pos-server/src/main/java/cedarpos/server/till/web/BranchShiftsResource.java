package cedarpos.server.till.web;

import cedarpos.server.platform.JsonAnswer;
import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.till.TillShifts;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The branch's tills' shifts for the cash office: floats, pay-ins and pay-outs, counts and Z reports. */
@Path("/branches/{branchId}/shifts")
@RequestScoped
public class BranchShiftsResource {
    private static final int MAX_LIMIT = 1000;

    @Inject
    private TillShifts shifts;

    /**
     * {@code ?limit=1..1000} (default 200) -> {@code [{"terminalId","shiftId","operation","atMs","payload"}]},
     * newest first; the payload is the till's record as it pushed it (a close carries its Z report).
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId,
                         @QueryParam("limit") @DefaultValue("200") String limitText) {
        int limit = RequestBody.limit(limitText, MAX_LIMIT);
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (TillShifts.ShiftRecord r : shifts.recent(branchId, limit)) {
            a.add(Jsons.objectBuilder().add("terminalId", r.terminal().toString())
                    .add("shiftId", r.shiftId().toString()).add("operation", r.operation()).add("atMs", r.atMs())
                    .add("payload", r.payload()));
        }
        return JsonAnswer.ok(a.build());
    }
}
