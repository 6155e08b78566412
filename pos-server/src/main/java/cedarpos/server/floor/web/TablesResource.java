package cedarpos.server.floor.web;

import cedarpos.server.platform.JsonAnswer;
import cedarpos.domain.BranchId;
import cedarpos.server.floor.TableStatuses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The floor plan of a branch with each table's status register. */
@Path("/branches/{branchId}/tables")
@RequestScoped
public class TablesResource {
    @Inject
    private TableStatuses tables;

    /** [{id,label,area,seats,status,statusStamp}]; statusStamp is null while no terminal wrote the status. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId) {
        var a = cedarpos.protocol.v1.Jsons.arrayBuilder();
        for (TableStatuses.TableView t : tables.tables(branchId)) {
            var o = cedarpos.protocol.v1.Jsons.objectBuilder().add("id", t.id()).add("label", t.label())
                    .add("area", t.area()).add("seats", t.seats()).add("status", t.status());
            if (t.statusStamp() == null) {
                o.addNull("statusStamp");
            } else {
                o.add("statusStamp", t.statusStamp());
            }
            a.add(o);
        }
        return JsonAnswer.ok(a.build());
    }
}
