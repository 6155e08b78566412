package cedarpos.server.branch;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.DiningTable;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An administrator opens a branch ready to trade ({@code POST /api/branches}): its opening rate and VAT and its
 * tables, numbered in one area or copied from another branch, read back through their own calls, audited like a
 * manager's own changes, and in the first catalog a till gets. Every bad field is refused naming it, with no branch
 * created; a manager may not open one.
 */
class BranchCreationIT extends ManagerApiIT {

    @Test
    void aBranchOpensWithItsRateVatAndNumberedTables() {
        JsonObject opened = ServerApi.expect(201, "open", admin.post("/api/branches", body("Cedar Grill - Jbeil", "LBP")
                .add("lbpPerUsd", 89_500).add("vat", vat(1100, true))
                .add("template", Json.createObjectBuilder().add("tables", 12).add("area", "Hall")).build().toString()));
        BranchId branch = BranchId.parse(opened.getString("id"));
        assertThat(opened.getString("name")).isEqualTo("Cedar Grill - Jbeil");
        assertThat(opened.getString("currency")).isEqualTo("LBP");
        assertThat(opened.getJsonNumber("lbpPerUsd").longValue()).isEqualTo(89_500);
        assertThat(opened.getJsonObject("vat").getInt("basisPoints")).isEqualTo(1100);
        assertThat(opened.getJsonObject("vat").getBoolean("included")).isTrue();
        assertThat(opened.getInt("tables")).isEqualTo(12);
        assertThat(ids(admin.get("/api/branches"))).contains(branch.toString());

        JsonArray tables = admin.tables(branch);
        assertThat(tables.getValuesAs(JsonObject.class)).extracting(t -> t.getString("label"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 12).mapToObj(i -> "T" + i).toList());
        assertThat(tables.getValuesAs(JsonObject.class)).allSatisfy(t -> {
            assertThat(t.getString("area")).isEqualTo("Hall");
            assertThat(t.getInt("seats")).isEqualTo(4);
            assertThat(t.getString("status")).isEqualTo("AVAILABLE");
        });
        assertThat(ServerApi.expect(200, "rate", admin.get(path(branch, "exchange-rate")))
                .getJsonNumber("lbpPerUsd").longValue()).isEqualTo(89_500);
        JsonObject vat = ServerApi.expect(200, "vat", admin.get(path(branch, "vat")));
        assertThat(vat.getInt("basisPoints")).isEqualTo(1100);
        assertThat(vat.getBoolean("included")).isTrue();
        assertThat(admin.catalogVersion(branch)).isEqualTo(opened.getJsonNumber("catalogVersion").longValue());

        // audited as the rate, VAT and tables calls audit them, by the administrator
        Map<String, Long> actions = audit(branch).stream()
                .collect(Collectors.groupingBy(e -> e.getString("action"), Collectors.counting()));
        assertThat(actions).containsEntry("BRANCH_CREATED", 1L).containsEntry("EXCHANGE_RATE_SET", 1L)
                .containsEntry("VAT_SET", 1L).containsEntry("TABLE_ADDED", 12L);
        assertThat(audit(branch)).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo(ItServers.ADMIN_USER));
        assertThat(detailOf(branch, "EXCHANGE_RATE_SET")).contains("lbpPerUsd unset -> 89500");
        assertThat(detailOf(branch, "VAT_SET")).contains("-> 1100bp included");

        // the first till of the branch gets all of it in its welcome catalog
        Enrolled till = admin.enrollNew(branch, "Jbeil till");
        try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
            c.send(till.hello(0, admin.changeHead(branch)));
            c.next(Welcome.class);
            Catalog catalog = c.next(Catalog.class);
            assertThat(catalog.settings().rate()).isEqualTo(new ExchangeRate(89_500));
            assertThat(catalog.settings().vat()).isEqualTo(new Vat(1100, true));
            assertThat(catalog.tables()).extracting(DiningTable::label).hasSize(12).contains("T1", "T12");
        }
    }

    @Test
    void aBranchCopiesTheTablesAndAreasOfAnother() {
        BranchId source = admin.createBranch("Cedar Grill - Tyre", "USD");
        addTable(source, "A1", "Terrace", 2);
        addTable(source, "A2", "Terrace", 6);
        addTable(source, "B1", "Hall", 8);
        String sourceBefore = admin.tables(source).toString();

        JsonObject opened = ServerApi.expect(201, "open", admin.post("/api/branches", body("Cedar Grill - Sour", "USD")
                .add("template", Json.createObjectBuilder().add("copyTablesFrom", source.toString())).build()
                .toString()));
        BranchId branch = BranchId.parse(opened.getString("id"));
        assertThat(opened.getInt("tables")).isEqualTo(3);
        assertThat(opened.isNull("lbpPerUsd")).as("no rate asked for").isTrue();
        assertThat(layout(admin.tables(branch))).isEqualTo(layout(admin.tables(source)));
        assertThat(admin.tables(branch).getValuesAs(JsonObject.class)).extracting(t -> t.getString("id"))
                .doesNotContainAnyElementsOf(admin.tables(source).getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("id")).toList());
        assertThat(admin.tables(source).toString()).as("the source is left as it was").isEqualTo(sourceBefore);
        assertThat(audit(branch).stream().filter(e -> e.getString("action").equals("TABLE_ADDED"))).hasSize(3);
        assertThat(audit(branch).stream().map(e -> e.getString("action")))
                .doesNotContain("EXCHANGE_RATE_SET", "VAT_SET");

        // the demo branch's floor too, and the most tables a template numbers
        JsonObject fromDemo = ServerApi.expect(201, "open", admin.post("/api/branches", body("Copy of the demo", "USD")
                .add("template", Json.createObjectBuilder().add("copyTablesFrom", DemoBranch.ID.toString()))
                .build().toString()));
        assertThat(layout(admin.tables(BranchId.parse(fromDemo.getString("id")))))
                .isEqualTo(layout(admin.tables(DemoBranch.ID)));
        JsonObject most = ServerApi.expect(201, "open", admin.post("/api/branches", body("Banquet hall", "USD")
                .add("template", Json.createObjectBuilder().add("tables", 200).add("area", "صالة")).build().toString()));
        assertThat(admin.tables(BranchId.parse(most.getString("id")))).hasSize(200);
    }

    @Test
    void theMinimalBodyStillOpensABareBranch() {
        JsonObject opened = ServerApi.expect(201, "open", admin.post("/api/branches",
                "{\"name\":\"Bare branch\",\"currency\":\"USD\"}"));
        BranchId branch = BranchId.parse(opened.getString("id"));
        assertThat(opened.keySet()).contains("id", "name", "currency");
        assertThat(opened.getInt("tables")).isZero();
        assertThat(admin.tables(branch)).isEmpty();
        assertThat(ServerApi.expect(200, "rate", admin.get(path(branch, "exchange-rate"))).isNull("lbpPerUsd")).isTrue();
        assertThat(audit(branch)).extracting(e -> e.getString("action")).containsExactly("BRANCH_CREATED");
    }

    @Test
    void everyBadFieldIsRefusedByNameAndNothingIsOpened() {
        String branchesBefore = admin.get("/api/branches").body();
        Function<JsonObjectBuilder, JsonObjectBuilder> good = b -> b.add("lbpPerUsd", 89_500)
                .add("vat", vat(1100, true));
        List<Object[]> cases = List.of(
                new Object[] {body("Bad", "EUR").add("lbpPerUsd", 89_500), "currency"},
                new Object[] {body("", "USD"), "name"},
                new Object[] {body("Bad", "USD").add("lbpPerUsd", -1), "lbpPerUsd"},
                new Object[] {body("Bad", "USD").add("lbpPerUsd", "89500"), "lbpPerUsd"},
                new Object[] {good.apply(body("Bad", "USD")).add("vat", vat(15_000, true)), "vat.basisPoints"},
                new Object[] {body("Bad", "USD").add("vat", Json.createObjectBuilder().add("basisPoints", 1100)),
                        "vat.included"},
                new Object[] {body("Bad", "USD").add("vat", 11), "vat"},
                new Object[] {good.apply(body("Bad", "USD")).add("template", numbered(0, "Hall")), "template.tables"},
                new Object[] {good.apply(body("Bad", "USD")).add("template", numbered(500, "Hall")),
                        "template.tables"},
                new Object[] {good.apply(body("Bad", "USD")).add("template", Json.createObjectBuilder()
                        .add("tables", 4)), "template.area"},
                new Object[] {good.apply(body("Bad", "USD")).add("template", numbered(4, "Hall")
                        .add("copyTablesFrom", DemoBranch.ID.toString())), "template"},
                new Object[] {good.apply(body("Bad", "USD")).add("template", JsonValue.EMPTY_JSON_OBJECT), "template"},
                new Object[] {good.apply(body("Bad", "USD")).add("template", Json.createObjectBuilder()
                        .add("copyTablesFrom", BranchId.random().toString())), "template.copyTablesFrom"},
                new Object[] {good.apply(body("Bad", "USD")).add("template", Json.createObjectBuilder()
                        .add("copyTablesFrom", "the demo")), "template.copyTablesFrom"});
        for (Object[] c : cases) {
            String json = ((JsonObjectBuilder) c[0]).build().toString();
            HttpResponse<String> refused = admin.post("/api/branches", json);
            assertThat(refused.statusCode()).as(json).isEqualTo(400);
            JsonObject error = ServerApi.json(refused);
            assertThat(error.getString("code")).as(json).isEqualTo("INVALID_FIELD");
            assertThat(error.getString("field")).as(json).isEqualTo(c[1]);
            assertThat(error.getString("message")).as(json).contains((String) c[1]);
        }
        assertThat(admin.get("/api/branches").body()).isEqualTo(branchesBefore);
    }

    @Test
    void aManagerMayNotOpenABranchNorCopyOne() {
        BranchId theirs = admin.createBranch("Manager's own", "USD");
        BranchId notTheirs = admin.createBranch("Not the manager's", "USD");
        addTable(notTheirs, "X1", "Hall", 4);
        admin.createManager("nour.opens", "manager-pass-9", theirs);
        ServerApi manager = admin.as("nour.opens", "manager-pass-9");
        String branchesBefore = admin.get("/api/branches").body();
        for (BranchId source : List.of(notTheirs, theirs)) {
            HttpResponse<String> forbidden = manager.post("/api/branches", body("Sneaky", "USD")
                    .add("template", Json.createObjectBuilder().add("copyTablesFrom", source.toString())).build()
                    .toString());
            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(ServerApi.json(forbidden).getString("code")).isEqualTo("FORBIDDEN");
        }
        assertThat(manager.post("/api/branches", "{\"name\":\"Sneaky\",\"currency\":\"USD\"}").statusCode())
                .isEqualTo(403);
        assertThat(admin.get("/api/branches").body()).isEqualTo(branchesBefore);
        assertThat(ids(manager.get("/api/branches"))).containsExactly(theirs.toString());
    }

    private static JsonObjectBuilder body(String name, String currency) {
        return Json.createObjectBuilder().add("name", name).add("currency", currency);
    }

    private static JsonObjectBuilder vat(int basisPoints, boolean included) {
        return Json.createObjectBuilder().add("basisPoints", basisPoints).add("included", included);
    }

    private static JsonObjectBuilder numbered(int tables, String area) {
        return Json.createObjectBuilder().add("tables", tables).add("area", area);
    }

    private static String path(BranchId branch, String rest) {
        return "/api/branches/" + branch + "/" + rest;
    }

    private static void addTable(BranchId branch, String label, String area, int seats) {
        ServerApi.expect(201, "add table " + label, admin.post(path(branch, "tables"), Json.createObjectBuilder()
                .add("label", label).add("area", area).add("seats", seats).build().toString()));
    }

    /** label -> area/seats: what a copy keeps. */
    private static Map<String, String> layout(JsonArray tables) {
        return tables.getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(t -> t.getString("label"),
                t -> t.getString("area") + "/" + t.getInt("seats")));
    }

    private static List<JsonObject> audit(BranchId branch) {
        return admin.audit(branch, 500).getValuesAs(JsonObject.class);
    }

    private static String detailOf(BranchId branch, String action) {
        return audit(branch).stream().filter(e -> e.getString("action").equals(action)).findFirst().orElseThrow()
                .getString("detail");
    }

    private static List<String> ids(HttpResponse<String> branches) {
        return ServerApi.array("branches", branches).getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("id")).toList();
    }
}
