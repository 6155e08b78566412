package cedarpos.server.branch.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.ArabicNames;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.branch.internal.MenuChanges;
import cedarpos.server.branch.internal.MenuChanges.CategoryView;
import cedarpos.server.branch.internal.MenuChanges.Changed;
import cedarpos.server.branch.internal.MenuChanges.Dish;
import cedarpos.server.branch.internal.MenuChanges.DishView;
import cedarpos.server.branch.internal.MenuChanges.Group;
import cedarpos.server.branch.internal.MenuChanges.GroupView;
import cedarpos.server.branch.internal.MenuChanges.Option;
import cedarpos.server.branch.internal.MenuChanges.OptionView;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.util.List;
import java.util.UUID;

/**
 * A branch's menu as a manager edits it (docs/protocol.md, "The menu and the floor"): dishes, the Arabic names of
 * their categories, and modifier groups.
 * Every change is validated before anything is written (400 INVALID_FIELD naming the field), audited, and sent to
 * the branch's tills as a new catalog.
 */
@Path("/branches/{branchId}")
@RequestScoped
public class MenuResource {
    static final long MAX_PRICE_MINOR = 1_000_000_000_000L;
    static final int MAX_SORT = 100_000;
    static final int MAX_OPTIONS = 30;
    static final int MAX_DISHES_PER_GROUP = 1000;

    @Inject
    private MenuChanges menu;

    @Context
    private SecurityContext security;

    /**
     * {@code {"items":[dish],"modifierGroups":[group],"categories":[{"name","nameAr"}],"catalogVersion"}}, dishes off
     * the menu included.
     */
    @GET
    @Path("menu")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId) {
        MenuChanges.Menu m = menu.menu(branchId);
        JsonArrayBuilder items = Jsons.arrayBuilder();
        m.items().forEach(d -> items.add(json(d)));
        JsonArrayBuilder groups = Jsons.arrayBuilder();
        m.modifierGroups().forEach(g -> groups.add(json(g)));
        JsonArrayBuilder categories = Jsons.arrayBuilder();
        m.categories().forEach(c -> categories.add(json(c)));
        return JsonAnswer.ok(Jsons.objectBuilder().add("items", items).add("modifierGroups", groups)
                .add("categories", categories).add("catalogVersion", m.catalogVersion()).build());
    }

    /**
     * {@code {"nameAr": "مشاوي"}} gives the category (the path's last segment, as the dishes have it) its Arabic name;
     * {@code {"nameAr": null}} takes it away. 200 {@code {"name","nameAr","catalogVersion"}}; 404 UNKNOWN_CATEGORY.
     */
    @PUT
    @Path("menu-categories/{name: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response nameCategory(@PathParam("branchId") BranchId branchId, @PathParam("name") String name,
                                 String body) {
        String nameAr = nameAr(RequestBody.parse(body, false));
        Changed<CategoryView> named = menu.nameCategory(branchId, name, nameAr, actor());
        return JsonAnswer.ok(withVersion(json(named.value()), named.catalogVersion()));
    }

    /** A new dish: {@code 201} with the dish and the new {@code catalogVersion}. */
    @POST
    @Path("menu-items")
    @Produces(MediaType.APPLICATION_JSON)
    public Response addDish(@PathParam("branchId") BranchId branchId, String body) {
        Changed<DishView> added = menu.addDish(branchId, dish(RequestBody.parse(body, false)), actor());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(withVersion(json(added.value()), added.catalogVersion()).toString()).build();
    }

    /** Every field of the dish as it should be (a dish off the menu: {@code "active": false}). */
    @PUT
    @Path("menu-items/{menuItemId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeDish(@PathParam("branchId") BranchId branchId, @PathParam("menuItemId") String id,
                               String body) {
        UUID dish = RequestBody.uuid("menuItemId", id);
        Changed<DishView> changed = menu.changeDish(branchId, dish, dish(RequestBody.parse(body, false)), actor());
        return JsonAnswer.ok(withVersion(json(changed.value()), changed.catalogVersion()));
    }

    @POST
    @Path("modifier-groups")
    @Produces(MediaType.APPLICATION_JSON)
    public Response addGroup(@PathParam("branchId") BranchId branchId, String body) {
        Changed<GroupView> added = menu.addGroup(branchId, group(RequestBody.parse(body, false)), actor());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(withVersion(json(added.value()), added.catalogVersion()).toString()).build();
    }

    @PUT
    @Path("modifier-groups/{groupId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeGroup(@PathParam("branchId") BranchId branchId, @PathParam("groupId") String id,
                                String body) {
        UUID group = RequestBody.uuid("groupId", id);
        Changed<GroupView> changed = menu.changeGroup(branchId, group, group(RequestBody.parse(body, false)), actor());
        return JsonAnswer.ok(withVersion(json(changed.value()), changed.catalogVersion()));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static Dish dish(RequestBody b) {
        return new Dish(b.string("category", 100), b.string("nameEn", 200), b.string("nameAr", 200),
                b.wholeNumber("priceMinor", 0, MAX_PRICE_MINOR), b.integer("sortOrder", 0, MAX_SORT, 0),
                b.flag("active", true));
    }

    private static Group group(RequestBody b) {
        String nameEn = b.string("nameEn", 100);
        String nameAr = b.string("nameAr", 100);
        int min = b.integer("min", 0, MAX_OPTIONS, 0);
        int max = (int) b.wholeNumber("max", 1, MAX_OPTIONS);
        int sort = b.integer("sortOrder", 0, MAX_SORT, 0);
        List<Option> options = b.objects("options", MAX_OPTIONS).stream().map(o -> new Option(
                o.json().containsKey("id") ? o.uuid("id") : null, o.string("nameEn", 100), o.string("nameAr", 100),
                o.wholeNumber("priceMinor", 0, MAX_PRICE_MINOR))).toList();
        return new Group(nameEn, nameAr, min, max, sort, options, b.uuids("menuItemIds", MAX_DISHES_PER_GROUP));
    }

    /** Required: a name of 1 to 100 characters, or JSON null to take it away. */
    private static String nameAr(RequestBody b) {
        JsonValue v = b.json().get("nameAr");
        return v != null && v.getValueType() == JsonValue.ValueType.NULL ? null
                : b.string("nameAr", ArabicNames.MAX_CATEGORY_CHARS);
    }

    private static JsonObjectBuilder json(CategoryView c) {
        JsonObjectBuilder o = Jsons.objectBuilder().add("name", c.name());
        return c.nameAr() == null ? o.addNull("nameAr") : o.add("nameAr", c.nameAr());
    }

    private static JsonObjectBuilder json(DishView d) {
        return Jsons.objectBuilder().add("id", d.id()).add("category", d.dish().category())
                .add("nameEn", d.dish().nameEn()).add("nameAr", d.dish().nameAr())
                .add("priceMinor", d.dish().priceMinor()).add("sortOrder", d.dish().sortOrder())
                .add("active", d.dish().active());
    }

    private static JsonObjectBuilder json(GroupView g) {
        JsonArrayBuilder options = Jsons.arrayBuilder();
        for (OptionView o : g.options()) {
            options.add(Jsons.objectBuilder().add("id", o.id()).add("nameEn", o.nameEn()).add("nameAr", o.nameAr())
                    .add("priceMinor", o.priceMinor()));
        }
        JsonArrayBuilder dishes = Jsons.arrayBuilder();
        g.menuItemIds().forEach(dishes::add);
        return Jsons.objectBuilder().add("id", g.id()).add("nameEn", g.nameEn()).add("nameAr", g.nameAr())
                .add("min", g.min()).add("max", g.max()).add("sortOrder", g.sortOrder()).add("options", options)
                .add("menuItemIds", dishes);
    }

    private static JsonObject withVersion(JsonObjectBuilder b, long catalogVersion) {
        return b.add("catalogVersion", catalogVersion).build();
    }
}
