package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.terminal.app.CommandLine;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.app.TillLauncher;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.TillRobot;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A restaurant's first day with Cedar POS, from nothing, the documented way: a server started with no demo and no
 * administrator password prints a setup code; the owner creates the first administrator with it over REST
 * ({@code POST /api/setup}), opens a branch with its rate, VAT and six numbered tables, adds a terrace table and two
 * dishes with their Arabic names, and makes an enrollment code. A till started with an empty data
 * directory opens on its setup screen under Xvfb; the code typed there enrolls it. With no staff yet the till sells
 * nothing and names the web admin's address; once the owner adds a cashier, the till opens its sign-in by itself, the
 * cashier signs in with the PIN the server sent it, opens a table, orders and sends; the server then holds that
 * order as the till took it. Then the till is lost: the owner revokes it; it keeps selling, a manager enrolls it
 * again from its status bar with a new code, and it comes back under the same id with the sale it took meanwhile.
 */
class FirstRunIT {
    private static final String PASSWORD = "owner-first-day-1";
    private static final String CASHIER_PIN = "4826";
    private static final String MANAGER_PIN = "7391";
    private PayaraServer server;
    private TerminalCore core;
    private Robot robot;

    @AfterEach
    void close() {
        if (robot != null) {
            robot.cleanUp();
        }
        if (core != null) {
            core.close();
        }
        Display.closeAllWindows();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aServerFromZeroAndATillSetUpOnItsScreenTakeTheFirstOrder() throws Exception {
        Path work = ItServers.workDir("FirstRunIT");
        Path data = work.resolve("server-data");
        server = PayaraServer.fromSystemProperties().workDir(work).dataDir(data)
                .startTimeout(Duration.ofMinutes(5)).build().start();

        // the first administrator, with the code the server wrote beside its data
        String setupCode = Files.readString(data.resolve("first-admin-setup-code")).strip();
        ServerApi nobody = new ServerApi(server.httpUrl());
        ServerApi.expect(201, "create the first administrator", nobody.post("/api/setup", Json.createObjectBuilder()
                .add("code", setupCode).add("username", "owner").add("password", PASSWORD).build().toString()));
        ServerApi owner = ServerApi.asAdmin(server.httpUrl(), "owner", PASSWORD);
        assertThat(ServerApi.array("branches", owner.get("/api/branches"))).isEmpty();

        // a branch with its opening rate, VAT and floor; a terrace table; the menu; a cashier
        JsonObject opened = ServerApi.expect(201, "open a branch", owner.post("/api/branches",
                Json.createObjectBuilder().add("name", "Cedar Grill - Achrafieh").add("currency", "USD")
                        .add("lbpPerUsd", 89_500)
                        .add("vat", Json.createObjectBuilder().add("basisPoints", 1100).add("included", true))
                        .add("template", Json.createObjectBuilder().add("tables", 6).add("area", "Hall"))
                        .build().toString()));
        BranchId branch = BranchId.parse(opened.getString("id"));
        String base = "/api/branches/" + branch;
        ServerApi.expect(201, "add a terrace table", owner.post(base + "/tables", Json.createObjectBuilder()
                .add("label", "P1").add("area", "Terrace").add("seats", 2).build().toString()));
        ServerApi.expect(200, "name the hall in Arabic", owner.put(base + "/areas/Hall",
                Json.createObjectBuilder().add("nameAr", "الصالة").build().toString()));
        ServerApi.expect(201, "add hummus", owner.post(base + "/menu-items", dish("Mezze", "Hummus", "حمص", 650)));
        ServerApi.expect(201, "add shish taouk", owner.post(base + "/menu-items",
                dish("Grills", "Shish Taouk", "شيش طاووق", 1200)));
        assertThat(owner.tables(branch)).hasSize(7);
        String code = owner.createEnrollmentCode(branch, 15);

        // a till from an empty data directory: its setup screen, the server's address as the owner reads it
        Display.prepareSwing();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        Path till = work.resolve("till");
        AtomicReference<TerminalCore> running = new AtomicReference<>();
        CompletableFuture<TerminalCore> started = TillLauncher.launch(CommandLine.parse(
                new String[] {"--data", till.toString(), "--locale", "en"}, "till-1",
                Path.of(System.getProperty("java.io.tmpdir"))), "till-1", () -> { }, running::set);
        FrameFixture setup = WindowFinder.findFrame("setup").withTimeout(30, TimeUnit.SECONDS).using(robot);
        TillRobot setupTill = new TillRobot(robot, setup);
        setupTill.enterText("setup.server", server.httpUrl());
        setupTill.enterText("setup.code", code);
        setupTill.enterText("setup.name", "Counter 1");
        setupTill.tapUntil("setup.enroll", "the till enrolled", started::isDone);
        core = started.get(60, TimeUnit.SECONDS);
        FrameFixture main = WindowFinder.findFrame("main").withTimeout(30, TimeUnit.SECONDS).using(robot);
        TillRobot counter = new TillRobot(robot, main);
        Await.until(Duration.ofSeconds(60), "the till online with the new branch's menu", () ->
                counter.text("status.connection").equals("Online") && core.store().cashier().menu().size() == 2);
        TillRobot.await(() -> counter.text("header.branch").contains("Achrafieh"));

        // no staff yet: the till sells nothing and says where a manager creates them
        counter.awaitShowing("staffNeeded.admin");
        assertThat(counter.text("staffNeeded.admin")).isEqualTo(server.httpUrl() + "/admin/");
        assertThat(counter.showing("pin.submit")).isFalse();
        assertThat(counter.showing("table:T3")).isFalse();

        // the cashier the owner adds now reaches the till, which opens its sign-in
        ServerApi.expect(201, "add a cashier", owner.post(base + "/staff", Json.createObjectBuilder()
                .add("name", "Nour Saleh").add("role", "CASHIER").add("pin", CASHIER_PIN).build().toString()));
        counter.awaitShowing("pin.submit");
        counter.signIn(CASHIER_PIN);
        TillRobot.await(() -> counter.text("header.user").startsWith("Nour Saleh"));

        // the first order: T3, a hummus and a shish taouk, sent
        counter.awaitShowing("table:T3");
        assertThat(counter.showing("table:P1")).isTrue();
        counter.tapUntil("table:T3", "T3's order open", () -> counter.showing("send"));
        add(counter, "Mezze", "Hummus", "$6.50");
        add(counter, "Grills", "Shish Taouk", "$18.50");
        counter.tapUntil("send", "the order sent", () -> counter.text("notice").contains("$18.50"));

        // the server has it, as the till took it
        Await.until(Duration.ofSeconds(60), "the first order at the server", () -> owner.orders(branch).size() == 1);
        JsonObject order = owner.orders(branch).getJsonObject(0);
        assertThat(order.getJsonArray("lines")).extracting(l -> l.asJsonObject().getString("name"))
                .containsExactly("Hummus", "Shish Taouk");
        assertThat(order.getString("staffName")).isEqualTo("Nour Saleh");
        assertThat(order.getJsonNumber("totalMinor").longValue()).isEqualTo(1850);
        assertThat(order.getString("tableId")).isEqualTo(owner.tables(branch).stream()
                .map(t -> t.asJsonObject()).filter(t -> t.getString("label").equals("T3")).findFirst()
                .orElseThrow().getString("id"));
        Await.until(Duration.ofSeconds(60), "the till's outbox empty", () -> core.store().pendingCount() == 0);
        assertThat(GuiActionRunner.execute(() -> setup.target().isDisplayable())).isFalse();

        // a lost till: the owner revokes its token. The till says so and goes on selling; a manager enrolls it again
        // from its status bar with a new code, under the same id, and the sale it took meanwhile reaches the server
        ServerApi.expect(201, "add a manager", owner.post(base + "/staff", Json.createObjectBuilder()
                .add("name", "Rami Aoun").add("role", "MANAGER").add("pin", MANAGER_PIN).build().toString()));
        Await.until(Duration.ofSeconds(60), "the manager on the till", () ->
                core.store().cashier().staff().size() == 2);
        TerminalId id = core.terminalId();
        owner.revoke(id);
        counter.awaitShowing("status.enrollAgain");
        counter.tapUntil("nav.tables", "the floor plan", () -> counter.showing("table:P1"));
        counter.tapUntil("table:P1", "P1's order open", () -> counter.showing("send"));
        add(counter, "Mezze", "Hummus", "$6.50");
        counter.tapUntil("send", "the order sent", () -> counter.text("notice").contains("$6.50"));
        TerminalCore revoked = core;
        Await.until(Duration.ofSeconds(30), "the sale kept for the server", () -> revoked.store().pendingCount() > 0);
        assertThat(owner.orders(branch)).hasSize(1);

        counter.tapUntil("status.enrollAgain", "a manager's PIN asked", () -> dialogShowing("managerPin"));
        DialogFixture approval = WindowFinder.findDialog("managerPin").withTimeout(30, TimeUnit.SECONDS).using(robot);
        javax.swing.JPasswordField pin = (javax.swing.JPasswordField) approval.textBox("manager.pin").target();
        for (int i = 0; i < MANAGER_PIN.length(); i++) {
            int typed = i + 1;
            counter.pressUntil(approval.button("manager.key." + MANAGER_PIN.charAt(i)).target(), typed + " digits",
                    () -> GuiActionRunner.execute(() -> pin.getPassword().length) == typed);
        }
        counter.close(approval, "manager.ok");
        DialogFixture confirm = WindowFinder.findDialog("reset.dialog").withTimeout(30, TimeUnit.SECONDS)
                .using(robot);
        counter.close(confirm, "reset.ok");
        FrameFixture again = WindowFinder.findFrame("setup").withTimeout(60, TimeUnit.SECONDS).using(robot);
        core = null; // the launcher closed it to enroll again
        TillRobot againTill = new TillRobot(robot, again);
        againTill.enterText("setup.code", owner.createEnrollmentCode(branch, 15));
        againTill.tapUntil("setup.enroll", "the till enrolled again", () -> !GuiActionRunner.execute(() ->
                again.target().isDisplayable()));
        Await.until(Duration.ofSeconds(60), "the till running again", () -> running.get() != revoked);
        core = running.get();
        assertThat(core.terminalId()).as("the same till").isEqualTo(id);
        Await.until(Duration.ofSeconds(60), "the sale taken while revoked at the server", () ->
                owner.orders(branch).size() == 2 && core.store().pendingCount() == 0);
    }

    /** Picks a category, then a dish, until the order's total reads {@code total}. */
    private static void add(TillRobot counter, String category, String dish, String total) {
        javax.swing.JToggleButton c = counter.window().toggleButton("category:" + category).target();
        counter.pressUntil(c, category + " shown", () -> GuiActionRunner.execute(() -> c.isSelected()));
        counter.tapUntil("item:" + dish, "the total at " + total, () -> counter.text("total").equals(total));
    }

    private static boolean dialogShowing(String name) {
        return GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> name.equals(w.getName()) && w.isShowing()));
    }

    private static String dish(String category, String nameEn, String nameAr, long priceMinor) {
        return Json.createObjectBuilder().add("category", category).add("nameEn", nameEn).add("nameAr", nameAr)
                .add("priceMinor", priceMinor).build().toString();
    }
}
