package cedarpos.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A manager gives a menu category and a table area their Arabic names on the real server: the connected till gets
 * them in its next catalog while the keys stay as typed; a bad body is refused naming the field and changes nothing;
 * a manager of another branch may not.
 */
class ArabicNamesIT extends ManagerApiIT {
    private static final String CATEGORY = "Grills / mixed";
    private static final String AREA = "Main hall";

    @Test
    void namesReachAConnectedTillAndTheKeysStayAsTyped() {
        BranchId branch = admin.createBranch("Cedar Grill - Zahle", "USD");
        Enrolled till = admin.enrollNew(branch, "Zahle till");
        try (SyncClient c = connected(till)) {
            ServerApi.expect(201, "dish", admin.post(path(branch, "menu-items"), dish(CATEGORY, "Mixed grill",
                    "مشاوي مشكلة")));
            c.next(Catalog.class);
            ServerApi.expect(201, "drink", admin.post(path(branch, "menu-items"), dish("Drinks", "Ayran", "عيران")));
            c.next(Catalog.class);
            ServerApi.expect(201, "table", admin.post(path(branch, "tables"), table("T1", AREA)));
            Catalog before = c.next(Catalog.class);
            assertThat(before.names().isEmpty()).isTrue();

            JsonObject category = ServerApi.expect(200, "name the category",
                    admin.put(category(branch, CATEGORY), nameAr("مشاوي")));
            assertThat(category.getString("name")).isEqualTo(CATEGORY);
            assertThat(category.getString("nameAr")).isEqualTo("مشاوي");
            Catalog withCategory = c.next(Catalog.class);
            assertThat(withCategory.version()).isEqualTo(category.getJsonNumber("catalogVersion").longValue());
            assertThat(withCategory.names().categories()).isEqualTo(Map.of(CATEGORY, "مشاوي"));
            assertThat(withCategory.names().category("Drinks")).isEqualTo("Drinks");
            assertThat(withCategory.menu()).extracting(m -> m.category()).containsExactlyInAnyOrder(CATEGORY, "Drinks");

            JsonObject area = ServerApi.expect(200, "name the area", admin.put(area(branch, AREA), nameAr(" الصالة ")));
            assertThat(area.getString("nameAr")).as("trimmed").isEqualTo("الصالة");
            Catalog withArea = c.next(Catalog.class);
            assertThat(withArea.names().areas()).isEqualTo(Map.of(AREA, "الصالة"));
            assertThat(withArea.tables().get(0).area()).isEqualTo(AREA);

            JsonObject menu = ServerApi.expect(200, "menu", admin.get(path(branch, "menu")));
            assertThat(menu.getJsonArray("categories")).containsExactly(
                    Json.createObjectBuilder().add("name", "Drinks").addNull("nameAr").build(),
                    Json.createObjectBuilder().add("name", CATEGORY).add("nameAr", "مشاوي").build());
            assertThat(ServerApi.array("areas", admin.get(path(branch, "areas")))).containsExactly(
                    Json.createObjectBuilder().add("name", AREA).add("nameAr", "الصالة").add("tables", 1).build());

            // the same name again writes nothing; null takes it away and the till shows the key again
            long version = withArea.version();
            int audit = admin.audit(branch, 500).size();
            assertThat(ServerApi.expect(200, "again", admin.put(area(branch, AREA), nameAr("الصالة")))
                    .getJsonNumber("catalogVersion").longValue()).isEqualTo(version);
            assertThat(admin.audit(branch, 500)).hasSize(audit);
            JsonObject cleared = ServerApi.expect(200, "clear", admin.put(category(branch, CATEGORY),
                    "{\"nameAr\":null}"));
            assertThat(cleared.isNull("nameAr")).isTrue();
            Catalog withoutCategory = c.next(Catalog.class);
            assertThat(withoutCategory.names().category(CATEGORY)).isEqualTo(CATEGORY);
            assertThat(withoutCategory.names().area(AREA)).isEqualTo("الصالة");

            JsonArray trail = ServerApi.array("trail", admin.get(path(branch, "audit?subject="
                    + URLEncoder.encode(CATEGORY, StandardCharsets.UTF_8))));
            assertThat(trail).extracting(v -> v.asJsonObject().getString("action"))
                    .containsExactly("MENU_CATEGORY_NAMED", "MENU_CATEGORY_NAMED");
            assertThat(trail.getJsonObject(0).getString("detail")).contains("nameAr=مشاوي -> (none)");
        }
    }

    @Test
    void badNamesUnknownKeysAndAnotherBranchsManagerChangeNothing() {
        BranchId branch = admin.createBranch("Cedar Grill - Tyre", "USD");
        BranchId other = admin.createBranch("Cedar Grill - Saida", "USD");
        ServerApi.expect(201, "dish", admin.post(path(branch, "menu-items"), dish("Mezze", "Hummus", "حمص")));
        ServerApi.expect(201, "table", admin.post(path(branch, "tables"), table("T1", "Terrace")));
        long version = admin.catalogVersion(branch);
        int audit = admin.audit(branch, 500).size();

        for (String[] bad : List.of(
                new String[] {"{}", "nameAr"},
                new String[] {"{\"nameAr\":\"\"}", "nameAr"},
                new String[] {"{\"nameAr\":\"   \"}", "nameAr"},
                new String[] {"{\"nameAr\":5}", "nameAr"},
                new String[] {nameAr("م".repeat(101)), "nameAr"})) {
            HttpResponse<String> r = admin.put(category(branch, "Mezze"), bad[0]);
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(ServerApi.json(r).getString("code")).isEqualTo("INVALID_FIELD");
            assertThat(ServerApi.json(r).getString("field")).as(bad[0]).isEqualTo(bad[1]);
        }
        HttpResponse<String> longArea = admin.put(area(branch, "Terrace"), nameAr("ت".repeat(51)));
        assertThat(longArea.statusCode()).isEqualTo(400);
        assertThat(ServerApi.json(longArea).getString("field")).isEqualTo("nameAr");
        HttpResponse<String> notJson = admin.put(area(branch, "Terrace"), "nameAr=التراس");
        assertThat(notJson.statusCode()).isEqualTo(400);

        HttpResponse<String> noCategory = admin.put(category(branch, "Grills"), nameAr("مشاوي"));
        assertThat(noCategory.statusCode()).isEqualTo(404);
        assertThat(ServerApi.json(noCategory).getString("code")).isEqualTo("UNKNOWN_CATEGORY");
        HttpResponse<String> otherBranchsCategory = admin.put(category(other, "Mezze"), nameAr("مازة"));
        assertThat(ServerApi.json(otherBranchsCategory).getString("code")).isEqualTo("UNKNOWN_CATEGORY");
        HttpResponse<String> noArea = admin.put(area(branch, "terrace"), nameAr("التراس"));
        assertThat(noArea.statusCode()).as("keys are exact").isEqualTo(404);
        assertThat(ServerApi.json(noArea).getString("code")).isEqualTo("UNKNOWN_AREA");

        admin.createManager("hala.saida", "manager-pass-7", other);
        ServerApi saida = admin.as("hala.saida", "manager-pass-7");
        for (String url : List.of(category(branch, "Mezze"), area(branch, "Terrace"))) {
            HttpResponse<String> forbidden = saida.put(url, nameAr("اسم"));
            assertThat(forbidden.statusCode()).as(url).isEqualTo(403);
        }
        assertThat(saida.get(path(branch, "areas")).statusCode()).isEqualTo(403);

        assertThat(admin.catalogVersion(branch)).isEqualTo(version);
        assertThat(admin.audit(branch, 500)).hasSize(audit);
        assertThat(ServerApi.expect(200, "menu", admin.get(path(branch, "menu"))).getJsonArray("categories"))
                .containsExactly(Json.createObjectBuilder().add("name", "Mezze").addNull("nameAr").build());

        // the branch's own manager may
        admin.createManager("rami.tyre", "manager-pass-8", branch);
        assertThat(admin.as("rami.tyre", "manager-pass-8").put(area(branch, "Terrace"), nameAr("التراس"))
                .statusCode()).isEqualTo(200);
        assertThat(admin.catalogVersion(branch)).isEqualTo(version + 1);
    }

    private static SyncClient connected(Enrolled t) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, admin.changeHead(t.branchId())));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    private static String path(BranchId branch, String rest) {
        return "/api/branches/" + branch + "/" + rest;
    }

    private static String category(BranchId branch, String name) {
        return path(branch, "menu-categories/" + segment(name));
    }

    private static String area(BranchId branch, String name) {
        return path(branch, "areas/" + segment(name));
    }

    /** A path segment: spaces as %20, a slash as %2F, Arabic as UTF-8 percent escapes. */
    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String nameAr(String name) {
        return Json.createObjectBuilder().add("nameAr", name).build().toString();
    }

    private static String dish(String category, String nameEn, String nameAr) {
        return Json.createObjectBuilder().add("category", category).add("nameEn", nameEn).add("nameAr", nameAr)
                .add("priceMinor", 500).build().toString();
    }

    private static String table(String label, String area) {
        return Json.createObjectBuilder().add("label", label).add("area", area).add("seats", 4).build().toString();
    }
}
