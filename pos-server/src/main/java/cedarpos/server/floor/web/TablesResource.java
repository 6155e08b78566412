package cedarpos.server.floor.web;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.floor.TableStatuses;
import cedarpos.server.floor.internal.FloorChanges;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** The floor plan of a branch with each table's status register; a manager adds and changes tables. */
@Path("/branches/{branchId}/tables")
@RequestScoped
public class TablesResource {
    static final int MAX_SEATS = 100;

    @Inject
    private TableStatuses tables;

    @Inject
    private FloorChanges changes;

    @Context
    private SecurityContext security;

    /** [{id,label,area,seats,status,statusStamp}]; statusStamp is null while no terminal wrote the status. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId) {
        var a = Jsons.arrayBuilder();
        for (TableStatuses.TableView t : tables.tables(branchId)) {
            var o = Jsons.objectBuilder().add("id", t.id()).add("label", t.label())
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

    /** {@code {"label","area","seats"}} -> 201 {@code {"id","label","area","seats"}}; 409 TABLE_LABEL_TAKEN. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("branchId") BranchId branchId, String body) {
        FloorChanges.Table t = changes.add(branchId, fields(RequestBody.parse(body, false)), actor());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json(t).toString()).build();
    }

    /** Every field as it should be -> 200 {@code {"id","label","area","seats"}}; 404 UNKNOWN_TABLE; 409. */
    @PUT
    @Path("{tableId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("branchId") BranchId branchId, @PathParam("tableId") String id, String body) {
        UUID table = RequestBody.uuid("tableId", id);
        return JsonAnswer.ok(json(changes.change(branchId, table, fields(RequestBody.parse(body, false)), actor())));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static FloorChanges.TableFields fields(RequestBody b) {
        return new FloorChanges.TableFields(b.string("label", 50), b.string("area", 50),
                b.integer("seats", 1, MAX_SEATS, 4));
    }

    private static JsonObject json(FloorChanges.Table t) {
        return Jsons.objectBuilder().add("id", t.id()).add("label", t.fields().label())
                .add("area", t.fields().area()).add("seats", t.fields().seats()).build();
    }
}
