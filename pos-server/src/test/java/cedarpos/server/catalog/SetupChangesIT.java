package cedarpos.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A manager builds a branch's menu and floor through the REST API on the real server: dishes with Arabic names,
 * modifier groups, tables; each change reaches a connected till as a new catalog, and every bad request is refused
 * with the field at fault and changes nothing (same catalog version, same audit trail).
 */
class SetupChangesIT extends ManagerApiIT {
    private static final String AR_NAME = "شيش طاووق";

    @Test
    void dishesAndModifierGroupsReachAConnectedTillAndBadOnesChangeNothing() {
        BranchId branch = admin.createBranch("Cedar Grill - Batroun", "USD");
        Enrolled till = admin.enrollNew(branch, "Batroun till");
        try (SyncClient c = connected(till)) {
            HttpResponse<String> added = admin.post(menu(branch, "menu-items"), dish("Grills", "Shish taouk", AR_NAME,
                    1250, true));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            JsonObject dish = ServerApi.json(added);
            String dishId = dish.getString("id");
            Catalog withDish = c.next(Catalog.class);
            assertThat(withDish.version()).isEqualTo(dish.getJsonNumber("catalogVersion").longValue());
            MenuItem onTill = withDish.menu().get(0);
            assertThat(onTill.nameAr()).isEqualTo(AR_NAME);
            assertThat(onTill.price().minor()).isEqualTo(1250);
            assertThat(onTill.category()).isEqualTo("Grills");

            long version = withDish.version();
            int audit = auditSize(branch);
            for (String[] bad : List.of(
                    new String[] {"{\"category\":\"Grills\",\"nameEn\":\"X\",\"priceMinor\":100}", "nameAr"},
                    new String[] {dish("Grills", "X", "س", -1, true), "priceMinor"},
                    new String[] {dish("Grills", "X", "س", 1.5, true), "priceMinor"},
                    new String[] {dish("", "X", "س", 100, true), "category"},
                    new String[] {dish("Grills", "x".repeat(201), "س", 100, true), "nameEn"})) {
                HttpResponse<String> r = admin.post(menu(branch, "menu-items"), bad[0]);
                assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
                assertThat(ServerApi.json(r).getString("field")).isEqualTo(bad[1]);
            }
            HttpResponse<String> unknown = admin.put(menu(branch, "menu-items/" + java.util.UUID.randomUUID()),
                    dish("Grills", "X", "س", 100, true));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(ServerApi.json(unknown).getString("code")).isEqualTo("UNKNOWN_MENU_ITEM");
            HttpResponse<String> badGroup = admin.post(menu(branch, "modifier-groups"), group("Sauces", "صلصات", 0, 3,
                    List.of(option("Garlic", "ثوم", 0), option("Chili", "حار", 50)), List.of(dishId)));
            assertThat(badGroup.statusCode()).isEqualTo(400);
            assertThat(ServerApi.json(badGroup).getString("field")).isEqualTo("max");
            HttpResponse<String> badOption = admin.post(menu(branch, "modifier-groups"), group("Sauces", "صلصات", 0,
                    1, List.of(option("Garlic", "ثوم", 0), option("Chili", "", 50)), List.of(dishId)));
            assertThat(ServerApi.json(badOption).getString("field")).isEqualTo("options[1].nameAr");
            HttpResponse<String> otherDish = admin.post(menu(branch, "modifier-groups"), group("Sauces", "صلصات", 0,
                    1, List.of(option("Garlic", "ثوم", 0)), List.of(java.util.UUID.randomUUID().toString())));
            assertThat(ServerApi.json(otherDish).getString("field")).isEqualTo("menuItemIds");
            assertThat(menuNow(branch).getJsonNumber("catalogVersion").longValue()).isEqualTo(version);
            assertThat(auditSize(branch)).isEqualTo(audit);

            HttpResponse<String> sauces = admin.post(menu(branch, "modifier-groups"), group("Sauces", "صلصات", 0, 2,
                    List.of(option("Garlic", "ثوم", 0), option("Chili", "حار", 50)), List.of(dishId)));
            assertThat(sauces.statusCode()).as(sauces.body()).isEqualTo(201);
            JsonObject created = ServerApi.json(sauces);
            ModifierGroup onTillGroup = c.next(Catalog.class).modifierGroups().get(0);
            assertThat(onTillGroup.nameAr()).isEqualTo("صلصات");
            assertThat(onTillGroup.max()).isEqualTo(2);
            assertThat(onTillGroup.appliesTo()).extracting(Object::toString).containsExactly(dishId);
            assertThat(onTillGroup.options()).extracting(ModifierOption::nameEn).containsExactly("Garlic", "Chili");

            // keep Garlic (by id), drop Chili, add Toum; the group becomes required
            String garlic = created.getJsonArray("options").getJsonObject(0).getString("id");
            HttpResponse<String> changed = admin.put(menu(branch, "modifier-groups/" + created.getString("id")),
                    group("Sauces", "صلصات", 1, 1, List.of(option("Garlic", "ثوم", 0).add("id", garlic),
                            option("Toum", "توم", 75)), List.of(dishId)));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            ModifierGroup required = c.next(Catalog.class).modifierGroups().get(0);
            assertThat(required.required()).isTrue();
            assertThat(required.options()).extracting(ModifierOption::nameEn).containsExactly("Garlic", "Toum");
            assertThat(required.options().get(0).id().toString()).isEqualTo(garlic);

            // off the menu: gone from the till's catalog, still listed for the manager
            HttpResponse<String> off = admin.put(menu(branch, "menu-items/" + dishId), dish("Grills", "Shish taouk",
                    AR_NAME, 1300, false));
            assertThat(off.statusCode()).isEqualTo(200);
            Catalog without = c.next(Catalog.class);
            assertThat(without.menu()).isEmpty();
            JsonArray items = menuNow(branch).getJsonArray("items");
            assertThat(items.getJsonObject(0).getBoolean("active")).isFalse();
            assertThat(items.getJsonObject(0).getJsonNumber("priceMinor").longValue()).isEqualTo(1300);
            assertThat(auditSize(branch)).isEqualTo(audit + 3);
            // the dish's own trail: added, then changed
            JsonArray trail = ServerApi.array("dish trail", admin.get(menu(branch, "audit?subject=" + dishId)));
            assertThat(trail).extracting(v -> v.asJsonObject().getString("action"))
                    .containsExactly("MENU_ITEM_CHANGED", "MENU_ITEM_ADDED");
            HttpResponse<String> longSubject = admin.get(menu(branch, "audit?subject=" + "x".repeat(101)));
            assertThat(ServerApi.json(longSubject).getString("field")).isEqualTo("subject");
        }
    }

    @Test
    void tablesAreAddedAndChangedWithUniqueLabels() {
        BranchId branch = admin.createBranch("Cedar Grill - Jbeil", "USD");
        Enrolled till = admin.enrollNew(branch, "Jbeil till");
        try (SyncClient c = connected(till)) {
            HttpResponse<String> t1 = admin.post(tables(branch), table("T1", "Terrace", 4));
            assertThat(t1.statusCode()).as(t1.body()).isEqualTo(201);
            String id = ServerApi.json(t1).getString("id");
            DiningTable onTill = c.next(Catalog.class).tables().get(0);
            assertThat(onTill.label()).isEqualTo("T1");
            assertThat(onTill.area()).isEqualTo("Terrace");

            HttpResponse<String> twice = admin.post(tables(branch), table("T1", "Hall", 2));
            assertThat(twice.statusCode()).isEqualTo(409);
            assertThat(ServerApi.json(twice).getString("code")).isEqualTo("TABLE_LABEL_TAKEN");
            HttpResponse<String> noSeats = admin.post(tables(branch), table("T2", "Hall", 0));
            assertThat(ServerApi.json(noSeats).getString("field")).isEqualTo("seats");
            assertThat(admin.put(tables(branch) + "/" + java.util.UUID.randomUUID(), table("T9", "Hall", 2))
                    .statusCode()).isEqualTo(404);
            assertThat(ServerApi.array("tables", admin.get(tables(branch)))).hasSize(1);

            HttpResponse<String> moved = admin.put(tables(branch) + "/" + id, table("T1", "Hall", 6));
            assertThat(moved.statusCode()).isEqualTo(200);
            DiningTable after = c.next(Catalog.class).tables().get(0);
            assertThat(after.area()).isEqualTo("Hall");
            assertThat(after.seats()).isEqualTo(6);
            assertThat(after.id().toString()).isEqualTo(id);
        }
    }

    private static SyncClient connected(Enrolled t) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, admin.changeHead(t.branchId())));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    private static String menu(BranchId branch, String rest) {
        return "/api/branches/" + branch + "/" + rest;
    }

    private static String tables(BranchId branch) {
        return "/api/branches/" + branch + "/tables";
    }

    private static JsonObject menuNow(BranchId branch) {
        HttpResponse<String> r = admin.get(menu(branch, "menu"));
        assertThat(r.statusCode()).isEqualTo(200);
        return ServerApi.json(r);
    }

    private static int auditSize(BranchId branch) {
        return ServerApi.array("audit", admin.get("/api/branches/" + branch + "/audit?limit=500")).size();
    }

    private static String dish(String category, String nameEn, String nameAr, Number price, boolean active) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("category", category).add("nameEn", nameEn)
                .add("nameAr", nameAr).add("active", active);
        if (price instanceof Double fraction) {
            b.add("priceMinor", fraction.doubleValue());
        } else {
            b.add("priceMinor", price.longValue());
        }
        return b.build().toString();
    }

    private static JsonObjectBuilder option(String en, String ar, long price) {
        return Json.createObjectBuilder().add("nameEn", en).add("nameAr", ar).add("priceMinor", price);
    }

    private static String group(String en, String ar, int min, int max, List<JsonObjectBuilder> options,
                                List<String> dishes) {
        var os = Json.createArrayBuilder();
        options.forEach(os::add);
        var ds = Json.createArrayBuilder();
        dishes.forEach(ds::add);
        return Json.createObjectBuilder().add("nameEn", en).add("nameAr", ar).add("min", min).add("max", max)
                .add("options", os).add("menuItemIds", ds).build().toString();
    }

    private static String table(String label, String area, int seats) {
        return Json.createObjectBuilder().add("label", label).add("area", area).add("seats", seats).build()
                .toString();
    }
}
