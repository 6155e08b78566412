package cedarpos.server.floor.web;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.floor.internal.FloorChanges;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The areas of a branch's tables (hall, terrace, bar) with their Arabic names (docs/protocol.md, "Names in Arabic").
 * An area is the tables' key as typed; a manager gives it an Arabic name, which reaches the tills as a new catalog.
 */
@Path("/branches/{branchId}/areas")
@RequestScoped
public class AreasResource {
    @Inject
    private FloorChanges changes;

    @Context
    private SecurityContext security;

    /** {@code [{"name","nameAr","tables"}]} by name; {@code nameAr} null when the area has none. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        changes.areas(branchId).forEach(area -> a.add(json(area).add("tables", area.tables())));
        return JsonAnswer.ok(a.build());
    }

    /**
     * {@code {"nameAr": "الصالة"}} gives the area (the path's last segment, as the tables have it) its Arabic name;
     * {@code {"nameAr": null}} takes it away. 200 {@code {"name","nameAr","catalogVersion"}}; 404 UNKNOWN_AREA.
     */
    @PUT
    @Path("{name: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response name(@PathParam("branchId") BranchId branchId, @PathParam("name") String name, String body) {
        RequestBody b = RequestBody.parse(body, false);
        JsonValue v = b.json().get("nameAr");
        // required: a name of 1 to 50 characters, or JSON null to take it away
        String nameAr = v != null && v.getValueType() == JsonValue.ValueType.NULL ? null
                : b.string("nameAr", ArabicNames.MAX_AREA_CHARS);
        FloorChanges.NamedArea named = changes.nameArea(branchId, name, nameAr, security.getUserPrincipal().getName());
        return JsonAnswer.ok(json(named.area()).add("catalogVersion", named.catalogVersion()).build());
    }

    private static JsonObjectBuilder json(FloorChanges.Area area) {
        JsonObjectBuilder o = Jsons.objectBuilder().add("name", area.name());
        return area.nameAr() == null ? o.addNull("nameAr") : o.add("nameAr", area.nameAr());
    }
}
