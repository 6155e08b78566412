package cedarpos.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web admin's sign-in on the real server: a session cookie, the CSRF token every change needs, sign-out and a
 * disabled account ending the session, the lockout after repeated wrong passwords, and a manager account limited to
 * its branches on every REST call.
 */
class WebSessionIT extends ManagerApiIT {

    private WebSession browser() {
        return new WebSession(server.httpUrl());
    }

    @Test
    void aSessionNeedsItsCsrfTokenForEveryChangeAndSignOutEndsIt() {
        // a branch of its own: the demo branch stays as other tests read it
        String sidonRate = "/api/branches/" + admin.createBranch("Cedar Grill - Sidon", "USD") + "/exchange-rate";
        WebSession page = browser();
        HttpResponse<String> refused = page.signIn("admin", "not the password");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(WebSession.json(refused).getString("code")).isEqualTo("SIGN_IN_REFUSED");
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> none = page.get("/api/branches");
        assertThat(none.statusCode()).isEqualTo(401);
        // the page's requests never get a Basic challenge, so the browser never shows its own password dialog
        assertThat(none.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> signedIn = page.signIn("admin", "cedar-test-admin-1");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        JsonObject who = WebSession.json(signedIn);
        assertThat(who.getString("username")).isEqualTo("admin");
        assertThat(who.getBoolean("allBranches")).isTrue();
        assertThat(who.getString("csrfToken")).hasSizeGreaterThanOrEqualTo(40);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("JSESSIONID").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(WebSession.json(page.get("/api/session")).getString("csrfToken")).isEqualTo(who.getString("csrfToken"));
        assertThat(page.get("/api/branches").statusCode()).isEqualTo(200);

        long before = rateNow(sidonRate);
        HttpResponse<String> forged = page.withoutCsrf("PUT", sidonRate, "{\"lbpPerUsd\":1}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(WebSession.json(forged).getString("code")).isEqualTo("CSRF_REFUSED");
        assertThat(rateNow(sidonRate)).isEqualTo(before);

        HttpResponse<String> set = page.put(sidonRate, "{\"lbpPerUsd\":89700}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(rateNow(sidonRate)).isEqualTo(89700);
        HttpResponse<String> bad = page.put(sidonRate, "{\"lbpPerUsd\":0}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(WebSession.json(bad).getString("field")).isEqualTo("lbpPerUsd");
        assertThat(rateNow(sidonRate)).isEqualTo(89700);

        assertThat(page.withoutCsrf("DELETE", "/api/session", null).statusCode()).isEqualTo(403);
        assertThat(page.delete("/api/session").statusCode()).isEqualTo(204);
        HttpResponse<String> after = page.get("/api/session");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(WebSession.json(after).getString("code")).isEqualTo("NOT_SIGNED_IN");
        assertThat(page.get("/api/branches").statusCode()).isEqualTo(401);
        assertThat(page.put(sidonRate, "{\"lbpPerUsd\":1}").statusCode()).isEqualTo(401);
        assertThat(rateNow(sidonRate)).isEqualTo(89700);
    }

    @Test
    void aManagerSeesAndChangesOnlyItsOwnBranches() {
        BranchId other = admin.createBranch("Cedar Grill - Tyre", "USD");
        ServerApi.Enrolled tillOfOther = admin.enrollNew(other, "Tyre till");
        assertThat(admin.post("/api/staff", staff("nadia", "manager", List.of())).statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = admin.post("/api/staff", staff("nadia", "manager", List.of(BranchId.random())));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ServerApi.json(unknown).getString("field")).isEqualTo("branches");
        assertThat(admin.post("/api/staff", staff("nadia", "admin", List.of(DemoBranch.ID))).statusCode())
                .isEqualTo(400);
        admin.createManager("nadia", "manager-pass-2", DemoBranch.ID);

        WebSession nadia = browser();
        JsonObject who = WebSession.json(nadia.signIn("nadia", "manager-pass-2"));
        assertThat(who.getBoolean("allBranches")).isFalse();
        assertThat(who.getJsonArray("branchIds").getString(0)).isEqualTo(DemoBranch.ID.toString());
        assertThat(ids(nadia.get("/api/branches"))).containsExactly(DemoBranch.ID.toString());
        assertThat(ids(admin.get("/api/branches"))).contains(DemoBranch.ID.toString(), other.toString());

        String otherRate = "/api/branches/" + other + "/exchange-rate";
        for (HttpResponse<String> r : List.of(nadia.get("/api/branches/" + other), nadia.get(otherRate),
                nadia.put(otherRate, "{\"lbpPerUsd\":90000}"), nadia.get("/api/branches/" + other + "/terminals"),
                nadia.delete("/api/terminals/" + tillOfOther.terminalId() + "/token"),
                admin.as("nadia", "manager-pass-2").put(otherRate, "{\"lbpPerUsd\":90000}"))) {
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(403);
            assertThat(WebSession.json(r).getString("code")).isEqualTo("BRANCH_FORBIDDEN");
        }
        assertThat(ServerApi.json(admin.get(otherRate)).get("lbpPerUsd")).isEqualTo(JsonValue.NULL);
        JsonArray tills = ServerApi.array("terminals", admin.get("/api/branches/" + other + "/terminals"));
        assertThat(tills.getJsonObject(0).getBoolean("revoked")).isFalse();
        assertThat(nadia.get("/api/branches/" + DemoBranch.ID + "/terminals").statusCode()).isEqualTo(200);
        assertThat(nadia.get("/api/staff").statusCode()).isEqualTo(403);

        // disabling the account ends its session at once
        assertThat(admin.delete("/api/staff/nadia").statusCode()).isEqualTo(204);
        assertThat(nadia.get("/api/branches").statusCode()).isEqualTo(401);
        assertThat(nadia.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountWhateverIsTypedNext() {
        admin.createManager("omar", "manager-pass-3", DemoBranch.ID);
        WebSession page = browser();
        for (int i = 0; i < 4; i++) {
            assertThat(page.signIn("omar", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = page.signIn("omar", "wrong-5");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(WebSession.json(locked).getString("code")).isEqualTo("ACCOUNT_LOCKED");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(800L, 900L);
        assertThat(page.signIn("omar", "manager-pass-3").statusCode()).isEqualTo(429);
        HttpResponse<String> basic = admin.as("omar", "manager-pass-3").get("/api/branches");
        assertThat(basic.statusCode()).isEqualTo(429);
        assertThat(ServerApi.json(basic).getString("code")).isEqualTo("ACCOUNT_LOCKED");
        JsonObject listed = ServerApi.array("staff", admin.get("/api/staff")).stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("username").equals("omar")).findFirst().orElseThrow();
        assertThat(listed.containsKey("lockedUntilMs")).isTrue();
        assertThat(listed.containsKey("password")).isFalse();
        // other accounts are untouched
        assertThat(browser().signIn("admin", "cedar-test-admin-1").statusCode()).isEqualTo(200);
    }

    /**
     * Every call of the REST API, found in the server's own resource classes (so a call added later is covered
     * without touching this test): refused without a session (401) unless it is one of the two public calls; refused
     * to a manager of branch A on everything of branch B (403), with all of B as it was; and every change refused
     * without the session's CSRF token (403), with all of A as it was.
     */
    @Test
    void everyCallIsRefusedWithoutASessionOutsideTheManagersBranchesAndWithoutItsCsrfToken() {
        BranchId mine = admin.createBranch("Cedar Grill - Batroun", "USD");
        BranchId theirs = admin.createBranch("Cedar Grill - Zahle", "USD");
        ServerApi.Enrolled tillOfTheirs = admin.enrollNew(theirs, "Zahle till");
        admin.createManager("hala", "manager-pass-4", mine);
        List<ApiCalls.Call> calls = ApiCalls.all();
        assertThat(calls).as("the API's calls").hasSizeGreaterThan(50);

        // no session, no password: 401, but for the public calls
        WebSession nobody = browser();
        for (ApiCalls.Call call : calls) {
            HttpResponse<String> r = call.send(nobody, theirs, tillOfTheirs.terminalId(), true);
            assertThat(r.statusCode()).as(call + " without a session")
                    .isEqualTo(ApiCalls.PUBLIC.getOrDefault(call.key(), 401));
        }

        // a manager of another branch: nothing of B is shown or changed
        Map<String, String> before = ApiCalls.readable(admin, calls, theirs, tillOfTheirs.terminalId());
        WebSession hala = browser();
        assertThat(hala.signIn("hala", "manager-pass-4").statusCode()).isEqualTo(200);
        for (ApiCalls.Call call : calls) {
            if (ApiCalls.PUBLIC.containsKey(call.key()) || !call.addressesABranchOrTill()) {
                continue;
            }
            HttpResponse<String> r = call.send(hala, theirs, tillOfTheirs.terminalId(), true);
            assertThat(r.statusCode()).as(call + " on another branch").isEqualTo(403);
            assertThat(WebSession.json(r).getString("code")).as(call.toString()).isEqualTo("BRANCH_FORBIDDEN");
        }
        for (ApiCalls.Call call : calls.stream().filter(c -> c.adminOnly()).toList()) {
            HttpResponse<String> r = call.send(hala, theirs, tillOfTheirs.terminalId(), true);
            assertThat(r.statusCode()).as(call + " is the administrator's").isEqualTo(403);
        }
        assertThat(ApiCalls.readable(admin, calls, theirs, tillOfTheirs.terminalId())).isEqualTo(before);

        // a page of another site, with the administrator's cookie but not the token: no change goes through
        WebSession forged = browser();
        assertThat(forged.signIn("admin", "cedar-test-admin-1").statusCode()).isEqualTo(200);
        ServerApi.Enrolled tillOfMine = admin.enrollNew(mine, "Batroun till");
        Map<String, String> mineBefore = ApiCalls.readable(admin, calls, mine, tillOfMine.terminalId());
        for (ApiCalls.Call call : calls) {
            if (ApiCalls.PUBLIC.containsKey(call.key()) || call.method().equals("GET")) {
                continue;
            }
            HttpResponse<String> r = call.send(forged, mine, tillOfMine.terminalId(), false);
            assertThat(r.statusCode()).as(call + " without the CSRF token").isEqualTo(403);
            assertThat(WebSession.json(r).getString("code")).as(call.toString()).isEqualTo("CSRF_REFUSED");
        }
        assertThat(ApiCalls.readable(admin, calls, mine, tillOfMine.terminalId())).isEqualTo(mineBefore);
        assertThat(forged.get("/api/branches/" + mine).statusCode()).isEqualTo(200);
    }

    private static long rateNow(String path) {
        JsonValue v = ServerApi.json(admin.get(path)).get("lbpPerUsd");
        return v == JsonValue.NULL ? -1 : ((jakarta.json.JsonNumber) v).longValue();
    }

    private static List<String> ids(HttpResponse<String> r) {
        return ServerApi.array("branches", r).stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static String staff(String user, String role, List<BranchId> branches) {
        var bs = jakarta.json.Json.createArrayBuilder();
        branches.forEach(b -> bs.add(b.toString()));
        return jakarta.json.Json.createObjectBuilder().add("username", user).add("password", "long-enough-1")
                .add("roles", jakarta.json.Json.createArrayBuilder().add(role)).add("branches", bs).build().toString();
    }
}
