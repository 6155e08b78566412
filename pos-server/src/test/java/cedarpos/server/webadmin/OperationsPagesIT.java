package cedarpos.server.webadmin;

import static cedarpos.server.testing.CashierTill.shiftEntry;
import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.editQuantity;
import static cedarpos.server.testing.DemoBranch.open;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static cedarpos.server.testing.DemoBranch.stamp;
import static cedarpos.server.testing.DemoBranch.state;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.NewOrder;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.Strings;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The manager's operations pages in a real Chromium against the real server: a conflict two tills really made,
 * resolved in the browser and received by a connected till; a shift a till opened and closed with its count, read as
 * a Z report; the audit trail followed by subject (a refused subject shown next to its field) and exported as CSV.
 * In English, then a shorter run in Arabic. Every wait is on the page's state.
 */
class OperationsPagesIT extends ManagerApiIT {
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    /** Two tills of the demo branch, connected, with the conflict they made on one line of one order. */
    private record Made(SyncClient tillA, SyncClient tillB, Enrolled a, Enrolled b, OrderId order, String conflictId,
                        Stamp editA, Stamp editB) implements AutoCloseable {
        @Override
        public void close() {
            tillA.close();
            tillB.close();
        }
    }

    @Test
    void aManagerResolvesAConflictReadsAZReportAndExportsTheAuditInEnglish() throws Exception {
        Strings s = Strings.load("en");
        Path downloads = Files.createTempDirectory("cedarpos-downloads-");
        try (Made made = conflict("Counter A", "Terrace B");
             AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT, downloads)) {
            try {
                signIn(browser, s);
                Navigation.assertFits(browser, s, () -> { });

                // the conflict: both versions side by side, which till, what each set
                browser.navigate("conflicts");
                browser.waitForText("#page-conflicts h1", s.text("conflicts.title"));
                String card = "[data-conflict='" + made.conflictId() + "']";
                browser.waitForText(card, s.text("conflicts.kind.CONCURRENT_EDIT"));
                String versionA = card + " [data-version='" + made.editA().encode() + "']";
                String versionB = card + " [data-version='" + made.editB().encode() + "']";
                browser.waitForText(versionA, "Counter A");
                assertThat(browser.visible(versionA + " .value").getText()).isEqualTo("3");
                browser.waitForText(versionB, "Terrace B");
                assertThat(browser.visible(versionB + " .value").getText()).isEqualTo("5");
                // what differs, field by field in the page's words, marked on both sides
                for (String version : List.of(versionA, versionB)) {
                    assertThat(browser.visible(version + " [data-part='quantity']").getDomAttribute("class"))
                            .isEqualTo("part differs");
                    assertThat(browser.visible(version + " [data-part='quantity'] dt").getText())
                            .isEqualTo(s.text("conflicts.field.quantity"));
                }
                browser.waitForText(card, s.text("conflicts.keepBoth"));
                assertThat(browser.driver().findElements(By.cssSelector(card + " [data-choice='REJECT']"))).isEmpty();
                shot(browser, "conflicts", "en");

                // keep A's: the server says resolved, by whom and how, and both tills get the manager's change
                browser.click(versionA + " [data-keep]");
                browser.waitForText("#conflicts-notice", s.text("conflicts.resolvedDone", "how",
                        s.text("conflicts.howKeep", "till", "Counter A", "value", "quantity 3")));
                browser.waitGone(card);
                JsonObject resolved = resolved(made.conflictId());
                assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
                assertThat(resolved.getString("resolvedBy")).isEqualTo(ItServers.ADMIN_USER);
                assertThat(resolved.getJsonObject("resolution").getString("choice")).isEqualTo("KEEP");
                assertThat(resolved.getJsonObject("resolution").getString("version")).isEqualTo(made.editA().encode());
                for (SyncClient till : List.of(made.tillA(), made.tillB())) {
                    ChangeRecord change = till.next(Changes.class).records().get(0);
                    assertThat(change.recordId()).isEqualTo(made.order().toString());
                    assertThat(change.origin().value()).isEqualTo(Operations.SERVER_ORIGIN);
                    MergedOrder after = state(change.payload()).requireMerged();
                    assertThat(after.conflicts()).isEmpty();
                    assertThat(after.lines().get(0).line().quantity()).isEqualTo(3);
                }
                new Select(browser.visible("#conflicts-status")).selectByValue("resolved");
                browser.waitForText("#conflicts-resolved", s.text("conflicts.howKeep", "till", "Counter A", "value",
                        "quantity 3"));
                browser.waitForText("#conflicts-resolved", ItServers.ADMIN_USER);

                // a shift, with the Shifts page open: till A opens it, pays out and closes it with its count; the page
                // follows each push live (no reload: the mark set on this page survives); the Z report shows the
                // figures exactly
                browser.navigate("shifts");
                browser.waitForText("#page-shifts h1", s.text("shifts.title"));
                browser.until(d -> !d.findElements(By.id("shifts-table")).isEmpty());
                browser.driver().executeScript("window.cedarposSamePage = true");
                UUID shift = UUID.randomUUID();
                String row = "#shifts-table tr[data-shift='" + shift + "']";
                shiftOpenedAndClosed(made.tillA(), made.a(), 3, shift, () -> {
                    browser.waitForText(row, s.text("shifts.stillOpen"));
                    browser.waitForText(row, "Karim Nassar");
                    assertThat(browser.driver().findElements(By.cssSelector(row + " [data-z]"))).isEmpty();
                });
                browser.waitForText(row + " [data-z]", s.text("shifts.zReport"));
                assertThat(browser.driver().executeScript("return window.cedarposSamePage === true"))
                        .as("the page followed the till without a reload").isEqualTo(true);
                browser.waitForText(row, "Counter A");
                browser.waitForText(row, "Karim Nassar");
                browser.waitForText(row, "Maya Khoury");
                browser.waitForText(row, "140.00 USD");
                browser.waitForText(row, "138.50 USD");
                browser.waitForText(row, "−1.50 USD");
                assertThat(browser.visible(row + " .diff.short").getText()).contains("−1.50 USD")
                        .contains(s.text("shifts.short"));
                assertThat(browser.visible(row + " .diff.over").getText()).contains("2,500 LBP");
                browser.click(row + " [data-z]");
                browser.waitForText("#z-report h2", s.text("shifts.z.title"));
                browser.waitForText("#z-report h2", "Counter A");
                assertZReport(browser);
                browser.waitForText("#z-movements", "ice delivery");
                browser.waitForText("#z-categories [data-category='Grills']", "Grills");
                browser.waitForText("#z-categories [data-category='Mezze']", "Mezze");
                browser.waitForText("#z-sales", "50.00 USD");
                browser.driver().executeScript("window.scrollTo(0, 0)");
                shot(browser, "shifts", "en");

                // the audit trail: the pay-out is there; a subject the server refuses shows next to its field
                browser.navigate("audit");
                browser.waitForText("#page-audit h1", s.text("audit.title"));
                browser.waitForText("#audit-table", "TILL_PAY_OUT");
                shot(browser, "audit", "en");
                int before = admin.audit(ID, 500).size();
                browser.type("#audit-form input[name=subject]", "x".repeat(101));
                browser.click("#audit-form button[type=submit]");
                browser.waitForText("#audit-form [data-field=subject] .field-error", s.text("audit.subjectInvalid"));
                assertThat(browser.visible("#audit-form input[name=subject]").getDomAttribute("aria-invalid"))
                        .isEqualTo("true");
                assertThat(admin.audit(ID, 500).size()).isEqualTo(before);
                browser.waitForText("#audit-table", "TILL_PAY_OUT");

                // follow the shift: only its record; export it
                browser.type("#audit-form input[name=subject]", shift.toString());
                browser.click("#audit-form button[type=submit]");
                browser.waitForText("#audit-summary", s.text("audit.summarySubject", "n", "1", "subject", "" + shift));
                assertThat(browser.driver().findElements(By.cssSelector("#audit-table tbody tr"))).hasSize(1);
                browser.click("#audit-table-csv");
                List<String> lines = browser.csvLines(downloads, "audit-Cedar-Grill-Hamra-");
                assertThat(lines.get(0)).isEqualTo("\uFEFF\"Time\",\"Who\",\"Action\",\"Subject\",\"Detail\"");
                assertThat(lines).hasSize(2);
                assertThat(lines.get(1)).contains("\"Karim Nassar (approved by Rana Haddad)\",\"TILL_PAY_OUT\",\""
                        + shift + "\",\"500 USD minor units; reason: ice delivery; terminal " + made.a().terminalId()
                        + "\"");
                assertThat(lines.get(1)).matches("^\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\",.*");

                // the smallest tablet the admin is made for: the three pages, the Z report open, fit its width
                browser.resizeViewport(1024, 768);
                Navigation.assertFits(browser, s, () -> shot(browser, "tablet-setup", s.lang()));
                browser.navigate("conflicts");
                new Select(browser.visible("#conflicts-status")).selectByValue("all");
                browser.waitForText("#conflicts-resolved", ItServers.ADMIN_USER);
                browser.assertFitsTheWidth();
                browser.navigate("shifts");
                browser.click(row + " [data-z]");
                browser.waitForText("#z-report h2", "Counter A");
                browser.assertFitsTheWidth();
                browser.navigate("audit");
                browser.waitForText("#audit-table", "TILL_PAY_OUT");
                browser.assertFitsTheWidth();
            } catch (RuntimeException | AssertionError failed) {
                throw browser.diagnosed(failed);
            }
        }
    }

    @Test
    void theArabicPagesAreMirroredAndWorkTheSame() throws Exception {
        Strings s = Strings.load("ar");
        Path downloads = Files.createTempDirectory("cedarpos-downloads-");
        try (Made made = conflict("Counter C", "Terrace D");
             AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT, downloads)) {
            try {
                browser.open("/admin/");
                browser.visible("#signin-form");
                browser.click("#lang-switch");
                browser.waitForAttribute("html", "lang", "ar");
                browser.waitForAttribute("html", "dir", "rtl");
                signIn(browser, s);
                Navigation.assertFits(browser, s, () -> { });

                browser.navigate("conflicts");
                browser.waitForText("#nav-conflicts", s.text("conflicts.nav"));
                browser.waitForText("#page-conflicts h1", s.text("conflicts.title"));
                String card = "[data-conflict='" + made.conflictId() + "']";
                browser.waitForText(card, s.text("conflicts.kind.CONCURRENT_EDIT"));
                browser.waitForText(card + " [data-version='" + made.editB().encode() + "']", "Terrace D");
                browser.waitForText(card + " [data-version='" + made.editB().encode() + "'] [data-part='quantity'] dt",
                        s.text("conflicts.field.quantity"));
                shot(browser, "conflicts", "ar");
                browser.click(card + " [data-choice='KEEP_BOTH']");
                browser.waitForText("#conflicts-notice", s.text("conflicts.howKeepBoth"));
                browser.waitGone(card);
                JsonObject resolved = resolved(made.conflictId());
                assertThat(resolved.getJsonObject("resolution").getString("choice")).isEqualTo("KEEP_BOTH");
                MergedOrder after = state(made.tillA().next(Changes.class).records().get(0).payload()).requireMerged();
                assertThat(after.conflicts()).isEmpty();
                assertThat(after.lines()).hasSize(2); // the other version became a line of its own

                UUID shift = UUID.randomUUID();
                shiftOpenedAndClosed(made.tillA(), made.a(), 3, shift, () -> { });
                browser.navigate("shifts");
                browser.waitForText("#page-shifts h1", s.text("shifts.title"));
                String row = "#shifts-table tr[data-shift='" + shift + "']";
                browser.waitForText(row, "−1.50 USD");
                browser.waitForText(row, s.text("shifts.short"));
                browser.click(row + " [data-z]");
                browser.waitForText("#z-report h2", s.text("shifts.z.title"));
                browser.waitForText("#z-report h2", "Counter C");
                assertZReport(browser);
                browser.waitForText("#z-drawer", s.text("shifts.drawer.expected"));
                // the menu's categories as the manager named them in Arabic (the demo branch's), not the till's keys
                browser.waitForText("#z-categories [data-category='Grills']", "مشاوي");
                browser.waitForText("#z-categories [data-category='Mezze']", "مازة");
                assertThat(browser.visible("#z-categories tbody").getText()).doesNotContain("Grills")
                        .doesNotContain("Mezze");
                browser.driver().executeScript("window.scrollTo(0, 0)");
                shot(browser, "shifts", "ar");

                browser.navigate("audit");
                browser.waitForText("#page-audit h1", s.text("audit.title"));
                browser.waitForText("#audit-table thead", s.text("audit.colActor"));
                browser.waitForText("#audit-table", "TILL_PAY_OUT");
                shot(browser, "audit", "ar");
                browser.type("#audit-form input[name=subject]", shift.toString());
                browser.click("#audit-form button[type=submit]");
                browser.waitForText("#audit-summary", s.text("audit.summarySubject", "n", "1", "subject", "" + shift));
                browser.click("#audit-table-csv");
                List<String> lines = browser.csvLines(downloads, "audit-Cedar-Grill-Hamra-");
                assertThat(lines.get(0))
                        .isEqualTo("\uFEFF\"الوقت\",\"من\",\"الإجراء\",\"الموضوع\",\"التفاصيل\"");
                assertThat(lines.get(1)).contains("TILL_PAY_OUT").contains(shift.toString());
                assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");

                // the tablet: the navigation still one row, mirrored
                browser.resizeViewport(1024, 768);
                Navigation.assertFits(browser, s, () -> shot(browser, "tablet-setup", s.lang()));
                browser.assertFitsTheWidth();
            } catch (RuntimeException | AssertionError failed) {
                throw browser.diagnosed(failed);
            }
        }
    }

    /** The drawer of the Z report: expected against counted, per currency, to the unit. */
    private static void assertZReport(AdminBrowser browser) {
        String[][] cells = {
            {"openingFloat-USD", "100.00 USD"}, {"openingFloat-LBP", "1,000,000 LBP"},
            {"cashTendered-USD", "45.50 USD"}, {"cashTendered-LBP", "447,500 LBP"},
            {"changeGiven-USD", "0.50 USD"}, {"payOuts-USD", "5.00 USD"},
            {"expected-USD", "140.00 USD"}, {"expected-LBP", "1,447,500 LBP"},
            {"counted-USD", "138.50 USD"}, {"counted-LBP", "1,450,000 LBP"},
            {"difference-USD", "−1.50 USD"}, {"difference-LBP", "2,500 LBP"},
        };
        for (String[] cell : cells) {
            browser.waitForText("#z-drawer [data-cell='" + cell[0] + "']", cell[1]);
        }
        assertThat(browser.visible("#z-drawer [data-cell='difference-USD']").getDomAttribute("class"))
                .isEqualTo("diff short");
        assertThat(browser.visible("#z-drawer [data-cell='difference-LBP']").getDomAttribute("class"))
                .isEqualTo("diff over");
    }

    /** Two new tills of the demo branch edit the quantity of one line without seeing each other (as ConflictIT). */
    private static Made conflict(String nameA, String nameB) {
        Enrolled a = admin.enrollNew(ID, nameA);
        Enrolled b = admin.enrollNew(ID, nameB);
        long t0 = System.currentTimeMillis();
        NewOrder o = order(a.terminalId(), 1);
        OrderLineId line = o.lines().get(0).id();
        Stamp added = stamp(a.terminalId(), 1, t0);
        Stamp editA = stamp(a.terminalId(), 2, t0 + 1_000);
        Stamp editB = stamp(b.terminalId(), 1, t0 + 2_000);
        SyncClient tillA = connected(a, nameA);
        SyncClient tillB = connected(b, nameB);
        tillA.send(push(open(1, o, t0)));
        assertThat(tillA.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
        tillA.next(Changes.class);
        tillB.next(Changes.class);
        tillA.send(push(editQuantity(a.terminalId(), 2, t0 + 1_000, o.id(), line, Set.of(added), 3)));
        assertThat(tillA.next(Ack.class).lastAppliedSeq()).isEqualTo(2);
        tillA.next(Changes.class);
        tillB.next(Changes.class);
        tillB.send(push(editQuantity(b.terminalId(), 1, t0 + 2_000, o.id(), line, Set.of(added), 5)));
        assertThat(tillB.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
        tillB.next(Changes.class);
        tillA.next(Changes.class);
        JsonObject conflict = only(admin.conflicts(ID, "open").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("orderId").equals(o.id().toString())).toList(), null);
        return new Made(tillA, tillB, a, b, o.id(), conflict.getString("id"), editA, editB);
    }

    /** The till connected under its name (a hello names the till; the terminals list shows the last one). */
    private static SyncClient connected(Enrolled t, String name) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(new Hello(ProtocolCodec.VERSION, t.terminalId(), ID, name, 0, admin.changeHead(ID),
                System.currentTimeMillis()));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    /**
     * The till opens a shift (floats $100 and LBP 1,000,000; {@code whileOpen} runs once the server has it), pays out
     * $5 on a manager's word and closes it: $45.50 and LBP 447,500 taken in cash, $0.50 change, so $140.00 and
     * LBP 1,447,500 expected; $138.50 and LBP 1,450,000 counted.
     */
    private static void shiftOpenedAndClosed(SyncClient till, Enrolled t, long firstSeq, UUID shift,
                                             Runnable whileOpen) {
        TerminalId terminal = t.terminalId();
        long now = System.currentTimeMillis();
        long openedAt = now - 4 * 3_600_000L;
        long paidOutAt = now - 2 * 3_600_000L;
        long closedAt = now - 60_000L;
        JsonObject open = Json.createObjectBuilder().add("id", shift.toString()).add("terminalId", terminal.toString())
                .add("openedBy", "Karim Nassar").add("openedAtMs", openedAt)
                .add("openingFloat", cash(10_000, 1_000_000))
                .add("s", stamp(terminal, firstSeq, openedAt).encode()).build();
        JsonObject movement = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("shiftId", shift.toString()).add("kind", "PAY_OUT").add("amountMinor", 500).add("currency", "USD")
                .add("reason", "ice delivery").add("by", "Karim Nassar").add("approvedBy", "Rana Haddad")
                .add("atMs", paidOutAt).add("seq", 1).build();
        JsonObject report = Json.createObjectBuilder().add("shiftId", shift.toString())
                .add("terminalId", terminal.toString()).add("openedBy", "Karim Nassar").add("openedAtMs", openedAt)
                .add("closedBy", "Maya Khoury").add("closedAtMs", closedAt).add("currency", "USD").add("checks", 2)
                .add("grossSalesMinor", 5_100).add("discountCount", 1).add("discountsMinor", 100)
                .add("netSalesMinor", 5_000).add("vatMinor", 495).add("collectedMinor", 5_000)
                .add("byCategory", Json.createArrayBuilder()
                        .add(category("Grills", 2, 3_600)).add(category("Mezze", 3, 1_500)))
                .add("byPayment", Json.createArrayBuilder()
                        .add(payment("CASH", "USD", 4_550, 50))
                        .add(payment("CASH", "LBP", 447_500, 0))
                        .add(payment("CARD", "USD", 0, 0))
                        .add(payment("CARD", "LBP", 0, 0)))
                .add("voidCount", 0).add("voidValueMinor", 0).add("voids", Json.createArrayBuilder())
                .add("movements", Json.createArrayBuilder().add(movement))
                .add("drawer", Json.createObjectBuilder().add("openingFloat", cash(10_000, 1_000_000))
                        .add("cashTendered", cash(4_550, 447_500)).add("changeGiven", cash(50, 0))
                        .add("payIns", cash(0, 0)).add("payOuts", cash(500, 0)).add("expected", cash(14_000, 1_447_500))
                        .add("counted", cash(13_850, 1_450_000)).add("difference", cash(-150, 2_500))
                        .add("refunded", cash(0, 0)))
                .add("refundCount", 0).add("refundsMinor", 0).build();
        JsonObject close = Json.createObjectBuilder().add("id", shift.toString()).add("closedBy", "Maya Khoury")
                .add("closedAtMs", closedAt).add("counted", cash(13_850, 1_450_000)).add("report", report)
                .add("s", stamp(terminal, firstSeq + 2, closedAt).encode()).build();
        JsonObject stampedMovement = Json.createObjectBuilder(movement)
                .add("s", stamp(terminal, firstSeq + 1, paidOutAt).encode()).build();
        till.send(push(shiftEntry(firstSeq, shift, "open", openedAt, open)));
        Ack opened = till.next(Ack.class);
        assertThat(opened.lastAppliedSeq()).isEqualTo(firstSeq);
        assertThat(opened.rejected()).isEmpty();
        whileOpen.run();
        till.send(push(shiftEntry(firstSeq + 1, shift, "movement", paidOutAt, stampedMovement),
                shiftEntry(firstSeq + 2, shift, "close", closedAt, close)));
        Ack ack = till.next(Ack.class);
        assertThat(ack.lastAppliedSeq()).isEqualTo(firstSeq + 2);
        assertThat(ack.rejected()).isEmpty();
        assertThat(admin.shifts(ID, 1000).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("shiftId").equals(shift.toString()))).hasSize(3);
    }

    private static JsonObject category(String name, int quantity, long amountMinor) {
        return Json.createObjectBuilder().add("category", name).add("quantity", quantity)
                .add("amountMinor", amountMinor).build();
    }

    private static JsonObject resolved(String conflictId) {
        return only(admin.conflicts(ID, "resolved").getValuesAs(JsonObject.class), conflictId);
    }

    private static JsonObject cash(long usd, long lbp) {
        return Json.createObjectBuilder().add("USD", usd).add("LBP", lbp).build();
    }

    private static JsonObject payment(String method, String currency, long tendered, long change) {
        return Json.createObjectBuilder().add("method", method).add("currency", currency).add("tenderedMinor", tendered)
                .add("changeMinor", change).add("netMinor", tendered - change).build();
    }

    /** The one object with this id (any when {@code id} is null); fails when there is none or several. */
    private static JsonObject only(List<JsonObject> list, String id) {
        List<JsonObject> found = list.stream().filter(c -> id == null || c.getString("id").equals(id)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void signIn(AdminBrowser browser, Strings s) {
        browser.open("/admin/");
        browser.type("#signin-form input[name=username]", ItServers.ADMIN_USER);
        browser.type("#signin-form input[name=password]", ItServers.ADMIN_PASSWORD);
        browser.click("#signin-form button[type=submit]");
        browser.waitForText("#signed-in-as", s.text("frame.signedInAs", "name", ItServers.ADMIN_USER));
    }

    private static void shot(AdminBrowser browser, String page, String lang) {
        browser.assertFitsTheWidth();
        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-" + page + "-" + lang + ".png"));
    }

}
