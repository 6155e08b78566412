package cedarpos.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The guard every branch-scoped call passes, in the documented order (docs/protocol.md, "Errors of the HTTP API"):
 * a branch id that is not a canonical UUID is 400 INVALID_FIELD whatever the body, an unknown branch is 404
 * UNKNOWN_BRANCH whatever the body, and only a known branch gets its body checked. Nothing changes on a refusal.
 */
class BranchGuardIT extends ManagerApiIT {
    /** One call of each module that has branch-scoped URLs: method and path after /api/branches/{id}. */
    private static final List<Call> CALLS = List.of(
            new Call("GET", ""), new Call("GET", "/tables"), new Call("GET", "/orders"),
            new Call("GET", "/conflicts"), new Call("GET", "/shifts"), new Call("GET", "/stock"),
            new Call("GET", "/reservations"), new Call("GET", "/rejected-entries"), new Call("GET", "/audit"),
            new Call("GET", "/printing"), new Call("GET", "/staff"), new Call("GET", "/exchange-rate"),
            new Call("PUT", "/exchange-rate"), new Call("PUT", "/vat"), new Call("POST", "/staff"),
            new Call("POST", "/stock"), new Call("POST", "/stock/adjustments"), new Call("PUT", "/printing"),
            new Call("POST", "/enrollment-codes"));

    private record Call(String method, String suffix) {
        HttpResponse<String> send(ServerApi api, String branch, String body) {
            String path = "/api/branches/" + branch + suffix;
            BiFunction<String, String, HttpResponse<String>> write = method.equals("PUT") ? api::put : api::post;
            return method.equals("GET") ? api.get(path) : write.apply(path, body);
        }
    }

    @Test
    void aBranchIdThatIsNotAUuidIsInvalidWhateverTheBody() {
        for (Call c : CALLS) {
            for (String id : List.of("not-a-branch", DemoBranch.ID.toString().toUpperCase())) {
                assertRefused(c.send(admin, id, "{\"lbpPerUsd\": 1}"), 400, "INVALID_FIELD", c);
            }
        }
    }

    @Test
    void anUnknownBranchIsNotFoundBeforeItsBodyIsRead() {
        BranchId unknown = BranchId.random();
        for (Call c : CALLS) {
            assertRefused(c.send(admin, unknown.toString(), "not json at all"), 404, "UNKNOWN_BRANCH", c);
        }
        assertThat(admin.get("/api/branches/" + unknown).statusCode()).isEqualTo(404);
    }

    @Test
    void aKnownBranchGetsItsBodyChecked() {
        long version = admin.catalogVersion(DemoBranch.ID);
        for (Call c : CALLS) {
            if (!c.method().equals("GET")) {
                assertRefused(c.send(admin, DemoBranch.ID.toString(), "not json at all"), 400, "INVALID_FIELD", c);
            }
        }
        assertThat(admin.catalogVersion(DemoBranch.ID)).as("nothing changed").isEqualTo(version);
    }

    private static void assertRefused(HttpResponse<String> r, int status, String code, Call c) {
        assertThat(r.statusCode()).as(c + " -> " + r.body()).isEqualTo(status);
        JsonObject body = ServerApi.json(r);
        assertThat(body.getString("code")).as(c + " -> " + r.body()).isEqualTo(code);
        assertThat(body.getString("message")).isNotBlank();
    }
}
