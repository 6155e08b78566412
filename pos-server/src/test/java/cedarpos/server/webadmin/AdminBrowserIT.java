package cedarpos.server.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.Strings;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web admin in a real Chromium against the real server: an administrator's whole path (sign in, open a branch,
 * switch to it, set the rate, a VAT the server refuses, enroll a till that then appears live, connects and goes away, revoke it, sign out)
 * in English and in Arabic, and a manager who sees only their branch. Every wait is on the page's state. The
 * screenshots of every page in both languages go to target/admin-screenshots (copied to docs/screenshots).
 */
class AdminBrowserIT extends ManagerApiIT {
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    @Test
    void anAdministratorRunsABranchInEnglish() throws Exception {
        adminPath(Strings.load("en"));
    }

    @Test
    void theSamePathInArabicIsMirrored() throws Exception {
        adminPath(Strings.load("ar"));
    }

    @Test
    void aManagerSeesOnlyTheBranchOfTheirAccount() {
        // a wrong password first: refused in words, on the sign-in page
        BranchId mine = admin.createBranch("Zahle Manager Branch", "LBP");
        admin.createBranch("Tripoli Not Theirs", "USD");
        ServerApi.expect(201, "create manager", admin.post("/api/staff", Json.createObjectBuilder()
                .add("username", "rana.web").add("password", "rana-web-pass-1")
                .add("roles", Json.createArrayBuilder().add("manager"))
                .add("branches", Json.createArrayBuilder().add(mine.toString())).build().toString()));
        Strings en = Strings.load("en");
        // the smallest tablet the admin is made for: nothing wider than the screen
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), 1024, 768)) {
            browser.open("/admin/");
            browser.type("#signin-form input[name=username]", "rana.web");
            browser.type("#signin-form input[name=password]", "not her password");
            browser.click("#signin-form button[type=submit]");
            browser.waitForText("#signin-form .form-message", en.text("signin.refused"));
            signIn(browser, "rana.web", "rana-web-pass-1");
            // the dashboard opens first; the terminals page is one tap away
            browser.visible("#page-dashboard");
            browser.navigate("terminals");
            browser.waitForText("#page-terminals h1", en.text("terminals.title"));
            List<String> offered = browser.driver().findElements(By.cssSelector("#branch-switcher option")).stream()
                    .map(WebElement::getText).collect(Collectors.toList());
            assertThat(offered).containsExactly("Zahle Manager Branch");
            assertThat(browser.driver().findElements(By.id("nav-branches"))).isEmpty();
            browser.waitForText("#page-terminals", en.text("terminals.intro", "branch", "Zahle Manager Branch"));
            browser.assertFitsTheWidth();
            browser.navigate("rates");
            browser.waitForText("#rate-current", en.text("rates.rateNone"));
            browser.assertFitsTheWidth();
            browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-rates-1024-en.png"));
        }
    }

    @Test
    void aManagerSetsUpTheStaffOfTheTillsAndAnAdministratorAWebAccount() {
        BranchId branch = admin.createBranch("Staff Branch Byblos", "USD");
        ServerApi.Enrolled enrolled = admin.enrollNew(branch, "Byblos counter");
        for (Strings s : List.of(Strings.load("en"), Strings.load("ar"))) {
            String lang = s.lang();
            String member = "Lina " + lang.toUpperCase();
            try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT);
                 SyncClient till = SyncClient.connect(server.wsUrl(), enrolled.token())) {
                till.send(enrolled.hello(0, admin.changeHead(branch)));
                till.next(Welcome.class);
                till.next(Catalog.class);
                browser.open("/admin/");
                browser.visible("#signin-form");
                if (!lang.equals("en")) {
                    browser.click("#lang-switch");
                }
                browser.waitForAttribute("html", "dir", s.dir());
                signIn(browser, ItServers.ADMIN_USER, ItServers.ADMIN_PASSWORD);
                switchTo(browser, branch);
                browser.navigate("staff");
                browser.waitForText("#page-staff h1", s.text("staff.title"));

                // a PIN the server refuses: the message next to the PIN, nobody added
                int before = ServerApi.array("till staff", admin.get("/api/branches/" + branch + "/staff")).size();
                browser.type("#till-staff-form input[name=name]", member);
                browser.type("#till-staff-form input[name=pin]", "12");
                browser.click("#till-staff-form button[type=submit]");
                browser.waitForText("#till-staff-form [data-field=pin] .field-error", s.text("staff.pinInvalid"));
                assertThat(ServerApi.array("till staff", admin.get("/api/branches/" + branch + "/staff")))
                        .hasSize(before);

                // a good one: listed, and the connected till gets the new member in its catalog at once
                String pin = lang.equals("en") ? "4321" : "8765";
                browser.type("#till-staff-form input[name=pin]", pin);
                browser.click("#till-staff-form button[type=submit]");
                browser.waitForText("#till-staff-form .form-message", s.text("staff.added", "name", member));
                browser.waitForText("#till-staff-table", member);
                assertThat(till.next(Catalog.class).staff()).extracting(m -> m.name()).contains(member);
                shot(browser, "staff", lang);

                // the same PIN again is another active member's: said next to the PIN
                browser.type("#till-staff-form input[name=name]", member + " bis");
                browser.type("#till-staff-form input[name=pin]", pin);
                browser.click("#till-staff-form button[type=submit]");
                browser.waitForText("#till-staff-form [data-field=pin] .field-error", s.text("staff.pinInUse"));

                // deactivate, after saying whom
                String id = memberId(branch, member);
                browser.click("[data-deactivate='" + id + "']");
                browser.waitForText("#deactivate-dialog", s.text("staff.deactivateTitle", "name", member));
                browser.click("#deactivate-dialog-confirm");
                browser.waitForText("#page-staff .form-message", s.text("staff.deactivated", "name", member));
                assertThat(ServerApi.array("till staff", admin.get("/api/branches/" + branch + "/staff")).stream()
                        .map(v -> v.asJsonObject()).filter(m -> m.getString("id").equals(id)).findFirst()
                        .orElseThrow().getBoolean("active")).isFalse();
                browser.waitGone("[data-deactivate='" + id + "']");

                // an administrator opens a web account for a manager of this branch
                String account = "lina.web." + lang;
                browser.type("#account-form input[name=username]", account);
                browser.type("#account-form input[name=password]", "short");
                browser.click("#account-form button[type=submit]");
                browser.waitForText("#account-form [data-field=password] .field-error", s.text("staff.passwordInvalid"));
                browser.type("#account-form input[name=password]", "lina-web-pass-1");
                browser.click("#account-form button[type=submit]");
                browser.waitForText("#account-form .form-message", s.text("staff.accountCreated", "name", account));
                browser.waitForText("#web-accounts-table", account);
                JsonObject created = ServerApi.array("accounts", admin.get("/api/staff")).stream()
                        .map(v -> v.asJsonObject()).filter(a -> a.getString("username").equals(account))
                        .findFirst().orElseThrow();
                assertThat(created.getJsonArray("branchIds").getString(0)).isEqualTo(branch.toString());
                assertThat(created.getBoolean("allBranches")).isFalse();
            }
        }
    }

    private static void switchTo(AdminBrowser browser, BranchId branch) {
        new org.openqa.selenium.support.ui.Select(browser.visible("#branch-switcher")).selectByValue(branch.toString());
        browser.until(d -> branch.toString().equals(d.findElement(By.id("branch-switcher")).getDomProperty("value")));
    }

    private static String memberId(BranchId branch, String name) {
        return ServerApi.array("till staff", admin.get("/api/branches/" + branch + "/staff")).stream()
                .map(v -> v.asJsonObject()).filter(m -> m.getString("name").equals(name)).findFirst().orElseThrow()
                .getString("id");
    }

    private void adminPath(Strings s) throws Exception {
        String lang = s.lang();
        String branchName = "Jounieh " + lang.toUpperCase();
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            browser.open("/admin/");
            browser.visible("#signin-form");
            if (!lang.equals("en")) {
                browser.click("#lang-switch");
            }
            browser.waitForAttribute("html", "lang", lang);
            browser.waitForAttribute("html", "dir", s.dir());
            browser.waitForText("#signin-form h2", s.text("signin.title"));
            shot(browser, "signin", lang);

            signIn(browser, ItServers.ADMIN_USER, ItServers.ADMIN_PASSWORD);
            browser.waitForText("#signed-in-as", s.text("frame.signedInAs", "name", ItServers.ADMIN_USER));

            // open a branch and switch to it
            browser.navigate("branches");
            browser.type("#branch-form input[name=name]", branchName);
            browser.click("#branch-form button[type=submit]");
            browser.waitForText("#branch-form .form-message", s.text("branches.created", "name", branchName));
            BranchId branch = branchNamed(branchName);
            browser.waitForText("#branch-list tr[data-branch='" + branch + "']", branchName);
            // the Branches page's screenshots are BranchesPageIT's (its opening form)
            browser.assertFitsTheWidth();
            browser.click("[data-switch='" + branch + "']");
            browser.waitForText("#page-terminals", s.text("terminals.intro", "branch", branchName));
            browser.until(d -> branch.toString().equals(d.findElement(By.id("branch-switcher")).getDomProperty("value")));

            // the rate of the day
            browser.navigate("rates");
            browser.type("#rate-form input[name=lbpPerUsd]", "89500");
            browser.click("#rate-form button[type=submit]");
            browser.waitForText("#rate-form .form-message", s.text("rates.rateSaved", "rate", "89,500"));
            browser.waitForText("#rate-current", "89,500");
            assertThat(admin.get("/api/branches/" + branch + "/exchange-rate").body()).contains("\"lbpPerUsd\":89500");

            // a VAT the server refuses: its message next to the field, nothing changed
            String vatBefore = admin.get("/api/branches/" + branch + "/vat").body();
            browser.type("#vat-form input[name=basisPoints]", "75");
            browser.click("#vat-form button[type=submit]");
            browser.waitForText("#vat-form [data-field=basisPoints] .field-error", s.text("rates.vatInvalid"));
            assertThat(browser.visible("#vat-form input[name=basisPoints]").getDomAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(admin.get("/api/branches/" + branch + "/vat").body()).isEqualTo(vatBefore);
            shot(browser, "rates", lang);

            // enroll a till: the code is shown big; a till uses it and appears without a reload
            browser.navigate("terminals");
            browser.waitForText("#terminal-list", s.text("terminals.empty"));
            browser.click("#enroll-start");
            browser.click("#enroll-form button[type=submit]");
            String code = browser.visible("#enroll-code").getText();
            assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
            browser.waitForText("#enroll-countdown", s.text("terminals.expiresIn", "countdown", "14:"));
            shot(browser, "enroll", lang);
            TerminalId till = TerminalId.random();
            ServerApi.Enrolled enrolled = new ServerApi(server.httpUrl()).enroll(code, till, "Counter 7");
            String row = "tr[data-terminal='" + till + "']";
            browser.waitForText(row, "Counter 7");
            browser.waitForText(row + " .status", s.text("terminals.neverConnected"));

            // it connects, saying its version and that 17 entries wait in its outbox, the oldest for 40 minutes;
            // then it pushes one entry the server can never apply; then it goes away: the page follows, live
            try (SyncClient connection = SyncClient.connect(server.wsUrl(), enrolled.token())) {
                long now = System.currentTimeMillis();
                connection.send(new Hello(ProtocolCodec.VERSION, till, branch, "Counter 7", 0, 0, now, "1.4.2", 17L,
                        now - Duration.ofMinutes(40).toMillis()));
                connection.next(Welcome.class);
                browser.waitForText(row + " .status", s.text("terminals.online"));
                browser.waitForText(row + " .status", s.text("terminals.onlineSince", "time", ""));
                browser.waitForText(row + " .version", "1.4.2");
                browser.waitForText(row + " .pending", s.text("terminals.pendingSince", "n", "17", "duration",
                        s.text("time.minutes", "n", "40")));
                browser.waitForText("#rejected-entries", s.text("terminals.rejectedNone"));
                UUID entry = UUID.randomUUID();
                connection.send(new Push(List.of(new OutboxEntry(entry, 1, "order", UUID.randomUUID().toString(),
                        "teleport", now, Json.createObjectBuilder().build()))));
                // the catalog (and any changes) the server sends after its welcome come first
                Message answer;
                do {
                    answer = connection.next();
                } while (!(answer instanceof Ack));
                assertThat(((Ack) answer).rejected()).singleElement()
                        .satisfies(r -> assertThat(r.code()).isEqualTo(ErrorCode.UNKNOWN_OPERATION));
                String rejected = "#rejected-table tr[data-entry='" + entry + "']";
                browser.waitForText(rejected, "Counter 7");
                browser.waitForText(rejected, "UNKNOWN_OPERATION");
                browser.waitForText(rejected, "order teleport #1");
                shot(browser, "terminals", lang);
            }
            browser.waitForText(row + " .status", s.text("terminals.offlineFor", "duration",
                    s.text("time.lessThanMinute")));

            // revoke it, after saying which till
            browser.click("[data-revoke='" + till + "']");
            browser.waitForText("#revoke-dialog", s.text("terminals.revokeTitle", "name", "Counter 7"));
            shot(browser, "revoke", lang);
            browser.click("#revoke-confirm");
            browser.waitForText(row + " .status", s.text("terminals.revoked"));
            browser.waitGone("[data-revoke='" + till + "']");

            // sign out: the sign-in page, and the old cookie is worth nothing
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            assertThat(sessionWith(cookies).statusCode()).isEqualTo(200);
            browser.click("#sign-out");
            browser.waitForText("#signin-form .form-message", s.text("signin.signedOut"));
            HttpResponse<String> after = sessionWith(cookies);
            assertThat(after.statusCode()).isEqualTo(401);
            assertThat(after.body()).contains("NOT_SIGNED_IN");
        }
    }

    private static void signIn(AdminBrowser browser, String user, String password) {
        browser.type("#signin-form input[name=username]", user);
        browser.type("#signin-form input[name=password]", password);
        browser.click("#signin-form button[type=submit]");
        browser.visible("#signed-in-as");
    }

    private static BranchId branchNamed(String name) {
        for (JsonObject b : Json.createReader(new java.io.StringReader(admin.get("/api/branches").body())).readArray()
                .getValuesAs(JsonObject.class)) {
            if (b.getString("name").equals(name)) {
                return BranchId.parse(b.getString("id"));
            }
        }
        throw new AssertionError("no branch named " + name);
    }

    private static HttpResponse<String> sessionWith(String cookies) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "/api/session"))
                .header("Cookie", cookies).header("X-Requested-With", "cedarpos-admin").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void shot(AdminBrowser browser, String page, String lang) {
        browser.assertFitsTheWidth();
        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-" + page + "-" + lang + ".png"));
    }

}
