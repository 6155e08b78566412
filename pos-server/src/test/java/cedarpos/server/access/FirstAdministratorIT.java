package cedarpos.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.Strings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A real server from zero: no demo and no CEDARPOS_ADMIN_PASSWORD. Its log says how to create the first administrator
 * and gives a one-time setup code (also in a file of its data directory); the web admin, in a real Chromium, opens on
 * the setup form, refuses a wrong code, a short password and two different passwords next to their fields, and with
 * the right code creates the account and signs in. Five wrong codes replace the code; the code is spent once used,
 * and a restart does not offer another.
 */
class FirstAdministratorIT {
    private static final Pattern CODE_IN_LOG = Pattern.compile(
            "To create the first administrator, .* enter the setup code ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})");

    @Test
    void theFirstAdministratorIsCreatedWithTheCodeTheServerPrinted() throws Exception {
        Path work = ItServers.workDir("FirstAdministratorIT");
        Path data = work.resolve("data");
        try (PayaraServer server = PayaraServer.fromSystemProperties().workDir(work).dataDir(data)
                .startTimeout(Duration.ofMinutes(5)).build().start()) {
            ServerApi nobody = new ServerApi(server.httpUrl());
            String first = codesInLog(server).get(0);
            assertThat(Files.readString(data.resolve("first-admin-setup-code")).strip()).isEqualTo(first);
            assertThat(needed(nobody)).isTrue();
            assertThat(ServerApi.asAdmin(server.httpUrl(), "admin", "any-password-1").get("/api/branches")
                    .statusCode()).isEqualTo(401);

            // refusals over REST, each changing nothing: a code of the wrong shape, then five wrong codes in a row,
            // which replace the code
            HttpResponse<String> shape = setup(nobody, "12", "admin", "first-admin-pass");
            assertThat(shape.statusCode()).isEqualTo(400);
            assertThat(ServerApi.json(shape).getString("field")).isEqualTo("code");
            String wrong = first.equals("AAAA-BBBB-CCCC") ? "CCCC-BBBB-AAAA" : "AAAA-BBBB-CCCC";
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> refused = setup(nobody, wrong, "admin", "first-admin-pass");
                assertThat(refused.statusCode()).isEqualTo(403);
                assertThat(ServerApi.json(refused).getString("code")).isEqualTo("SETUP_CODE_REFUSED");
            }
            List<String> codes = awaitCodes(server, 2);
            String second = codes.get(1);
            assertThat(second).isNotEqualTo(first);
            assertThat(Files.readString(data.resolve("first-admin-setup-code")).strip()).isEqualTo(second);
            assertThat(setup(nobody, first, "admin", "first-admin-pass").statusCode()).as("the replaced code")
                    .isEqualTo(403);
            assertThat(needed(nobody)).isTrue();

            // the web admin opens on the setup form; its refusals stand next to their fields
            for (String lang : List.of("ar", "en")) {
                Strings s = Strings.load(lang);
                try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), 1366, 768)) {
                    browser.open("/admin/");
                    browser.visible("#setup-form");
                    if (lang.equals("ar")) {
                        browser.click("#lang-switch");
                    }
                    browser.waitForAttribute("html", "dir", s.dir());
                    browser.waitForText("#setup-form h2", s.text("setup.title"));
                    if (lang.equals("ar")) {
                        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-setup-ar.png"));
                        continue;
                    }
                    browser.type("#setup-form input[name=code]", wrong);
                    browser.type("#setup-form input[name=password]", "first-admin-pass");
                    browser.type("#setup-form input[name=passwordAgain]", "first-admin-pasz");
                    browser.click("#setup-form button[type=submit]");
                    browser.waitForText("#setup-form [data-field=passwordAgain] .field-error", s.text("setup.mismatch"));
                    browser.type("#setup-form input[name=passwordAgain]", "first-admin-pass");
                    browser.click("#setup-form button[type=submit]");
                    browser.waitForText("#setup-form [data-field=code] .field-error", s.text("setup.codeRefused"));
                    browser.type("#setup-form input[name=code]", second.toLowerCase().replace('-', ' '));
                    browser.type("#setup-form input[name=password]", "short");
                    browser.type("#setup-form input[name=passwordAgain]", "short");
                    browser.click("#setup-form button[type=submit]");
                    browser.waitForText("#setup-form [data-field=password] .field-error", s.text("setup.passwordInvalid"));
                    assertThat(needed(nobody)).isTrue();
                    browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-setup-en.png"));

                    browser.type("#setup-form input[name=username]", "layla");
                    browser.type("#setup-form input[name=password]", "first-admin-pass");
                    browser.type("#setup-form input[name=passwordAgain]", "first-admin-pass");
                    browser.click("#setup-form button[type=submit]");
                    browser.waitForText("#signed-in-as", s.text("frame.signedInAs", "name", "layla"));
                }
            }

            // the account is the administrator; the code is spent and its file gone
            ServerApi layla = ServerApi.asAdmin(server.httpUrl(), "layla", "first-admin-pass");
            JsonObject account = ServerApi.array("staff", layla.get("/api/staff")).getJsonObject(0);
            assertThat(account.getString("username")).isEqualTo("layla");
            assertThat(account.getBoolean("allBranches")).isTrue();
            assertThat(needed(nobody)).isFalse();
            HttpResponse<String> again = setup(nobody, second, "omar", "second-admin-pass");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(ServerApi.json(again).getString("code")).isEqualTo("SETUP_DONE");
            assertThat(Files.exists(data.resolve("first-admin-setup-code"))).isFalse();
            assertThat(ServerApi.array("staff", layla.get("/api/staff"))).hasSize(1);

            // a restart offers no code: there is an account to sign in with
            server.restart();
            assertThat(needed(nobody)).isFalse();
            assertThat(codesInLog(server)).isEmpty();
            assertThat(layla.get("/api/branches").statusCode()).isEqualTo(200);
        }
    }

    private static boolean needed(ServerApi api) {
        return ServerApi.expect(200, "setup", api.get("/api/setup")).getBoolean("firstAdministratorNeeded");
    }

    private static HttpResponse<String> setup(ServerApi api, String code, String user, String password) {
        return api.post("/api/setup", Json.createObjectBuilder().add("code", code).add("username", user)
                .add("password", password).build().toString());
    }

    private static List<String> codesInLog(PayaraServer server) {
        try {
            Matcher m = CODE_IN_LOG.matcher(Files.readString(server.logFile()));
            return m.results().map(r -> r.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log's setup codes once there are {@code n} (the log is written by another process). */
    private static List<String> awaitCodes(PayaraServer server, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> codes = codesInLog(server);
        while (codes.size() < n && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            codes = codesInLog(server);
        }
        assertThat(codes).as("setup codes in the log").hasSizeGreaterThanOrEqualTo(n);
        return codes;
    }
}
