package cedarpos.systemtest;

import cedarpos.terminal.printing.Ticket;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Discount;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ServerApi;
import cedarpos.terminal.store.NewLine;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed document's scenario with the real server and three real terminals
 * (own SQLite files, own WebSockets, each behind its own link that the test cuts):
 * a waiter on terminal 2, the manager on terminal 4 and terminal 1 by the kitchen
 * touch one order while partly offline; when the links come back every terminal
 * and the server hold one identical order, flagged only where two of them edited
 * the same line, and the manager's decision reaches every terminal.
 */
class MergeScenarioIT extends DemoServerPerClass {
    static final Duration SETTLE = Duration.ofSeconds(30);

    private ServerApi api;
    private Linked kitchen;
    private Linked waiter;
    private Linked manager;

    @BeforeEach
    void threeTerminals() {
        api = fleet.api();
        kitchen = fleet.startLinked("Terminal 1");
        waiter = fleet.startLinked("Terminal 2");
        manager = fleet.startLinked("Terminal 4");
    }

    @Test
    void threeTerminalsPartlyOfflineEndWithOneIdenticalOrder() {
        TableId table4 = waiter.terminal().store().floor().tables().get(3).id();
        MergedOrder opened = waiter.terminal().store().orders().open(table4, 4, List.of(
                new NewLine(waiter.item("Hummus"), 2), new NewLine(waiter.item("Kafta Meshwieh"), 1),
                new NewLine(waiter.item("Tabbouleh"), 1)));
        OrderId id = opened.id();
        OrderLineId hummus = lineNamed(opened, "Hummus");
        OrderLineId kafta = lineNamed(opened, "Kafta Meshwieh");
        everyoneHas(id, 3);

        // the manager and the kitchen terminal lose the link; the waiter keeps it for now
        manager.offline();
        kitchen.offline();
        waiter.terminal().store().orders().addLines(id, List.of(new NewLine(waiter.item("Shish Tawook"), 1)));
        waiter.terminal().store().orders().changeQuantity(id, hummus, 3);
        manager.terminal().store().orders().setDiscount(id, new Discount(Discount.Kind.PERCENT, 1000, "regular guest"));
        manager.terminal().store().orders().changeQuantity(id, hummus, 4);
        kitchen.terminal().store().orders().voidLine(id, kafta, "out of kafta", "Karim");
        // now the waiter drops too, and the others come back one at a time
        waiter.offline();
        kitchen.online();
        manager.online();
        waiter.online();

        MergedOrder onServer = awaitConverged(id);
        assertThat(onServer.lines()).extracting(l -> l.line().name()).containsExactlyInAnyOrder(
                "Hummus", "Kafta Meshwieh", "Tabbouleh", "Shish Tawook");
        assertThat(line(onServer, kafta).isVoided()).isTrue();
        assertThat(line(onServer, kafta).voided().reason()).isEqualTo("out of kafta");
        assertThat(onServer.discount().value()).isEqualTo(1000);
        assertThat(onServer.guests()).isEqualTo(4);
        // one conflict, on the one line two terminals both changed
        assertThat(onServer.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.CONCURRENT_EDIT);
            assertThat(c.lineId()).isEqualTo(hummus);
            assertThat(c.versions()).extracting(v -> v.stamp().origin()).containsExactlyInAnyOrder(
                    waiter.terminal().store().terminalId().value(), manager.terminal().store().terminalId().value());
        });
        onServer.lines().stream().filter(l -> !l.line().id().equals(hummus))
                .forEach(l -> assertThat(l.flags()).as(l.line().name()).isEmpty());
        JsonArray open = api.conflicts(BRANCH, "open");
        assertThat(open.getValuesAs(JsonObject.class)).filteredOn(c -> c.getString("orderId").equals(id.toString()))
                .singleElement().satisfies(c -> {
                    assertThat(c.getString("lineId")).isEqualTo(hummus.toString());
                    assertThat(c.getJsonArray("versions")).hasSize(2);
                });
        JsonObject serverLine = api.order(BRANCH, id.toString()).getJsonArray("lines").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getString("id").equals(hummus.toString())).findFirst().orElseThrow();
        assertThat(serverLine.getJsonArray("flags").getString(0)).isEqualTo("CONCURRENT_EDIT");
    }

    @Test
    void aManagersResolutionReachesEveryTerminalAlsoOneOfflineDuringIt() {
        MergedOrder opened = waiter.terminal().store().orders().open(waiter.terminal().store().floor().tables().get(
                0).id(), 2,
                List.of(new NewLine(waiter.item("Fattoush"), 1)));
        OrderId id = opened.id();
        OrderLineId fattoush = opened.lines().get(0).line().id();
        everyoneHas(id, 1);
        waiter.offline();
        manager.offline();
        waiter.terminal().store().orders().changeQuantity(id, fattoush, 2);
        manager.terminal().store().orders().changeQuantity(id, fattoush, 3);
        waiter.online();
        manager.online();
        awaitConverged(id);
        JsonObject conflict = api.conflicts(BRANCH, "open").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("orderId").equals(id.toString())).findFirst().orElseThrow();
        String waitersVersion = conflict.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("terminalId").equals(waiter.terminal().store().terminalId().toString()))
                .findFirst().orElseThrow().getString("stamp");

        // the kitchen terminal is away while the manager decides
        kitchen.offline();
        HttpResponse<String> bad = api.resolve(BRANCH, conflict.getString("id"), "{\"choice\":\"MAYBE\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        HttpResponse<String> done = api.resolve(BRANCH, conflict.getString("id"),
                "{\"choice\":\"KEEP\",\"version\":\"" + waitersVersion + "\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(api.resolve(BRANCH, conflict.getString("id"), "{\"choice\":\"KEEP_BOTH\"}").statusCode())
                .isEqualTo(409);

        for (Linked t : List.of(waiter, manager)) {
            Await.until(Duration.ofSeconds(2), t.name() + " sees the resolution",
                    () -> t.order(id).conflicts().isEmpty() && line(t.order(id), fattoush).line().quantity() == 2);
        }
        assertThat(line(kitchen.order(id), fattoush).flagged()).as("still away, still flagged").isTrue();
        kitchen.online();
        MergedOrder resolved = awaitConverged(id);
        assertThat(resolved.conflicts()).isEmpty();
        assertThat(line(resolved, fattoush).line().quantity()).isEqualTo(2);
        assertThat(api.conflicts(BRANCH, "resolved").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("id").equals(conflict.getString("id"))).singleElement()
                .satisfies(c -> assertThat(c.getString("resolvedBy")).isEqualTo(ItServers.ADMIN_USER));
    }

    @Test
    void aVoidAfterTheKitchenTicketIsReviewedAndTheKitchenIsTold() {
        MergedOrder opened = waiter.terminal().store().orders().open(waiter.terminal().store().floor().tables().get(
                1).id(), 2,
                List.of(new NewLine(waiter.item("Mixed Grill"), 1), new NewLine(waiter.item("Jallab"), 2)));
        OrderId id = opened.id();
        everyoneHas(id, 2);
        kitchen.terminal().store().orders().sendToKitchen(id);
        OrderLineId grill = lineNamed(opened, "Mixed Grill");
        Await.until(SETTLE, "the waiter sees the order sent", () -> line(waiter.order(id), grill).sent());
        waiter.terminal().store().orders().voidLine(id, grill, "guest left", "Rana");

        MergedOrder onServer = awaitConverged(id);
        assertThat(line(onServer, grill).flags()).containsExactly(Conflict.Kind.VOID_AFTER_SEND);
        // the terminal that sent the ticket queues one VOID ticket for the kitchen, however often it hears of it
        assertThat(StockJourneyIT.kitchenPrints(kitchen.terminal())).as("the demo branch has kitchen stations")
                .isTrue();
        int expected = 1;
        Await.until(SETTLE, "the void heard on the till that sent the ticket",
                () -> line(kitchen.order(id), grill).isVoided());
        Await.until(SETTLE, "VOID ticket queued for the kitchen", () -> voids(kitchen.terminal(), id) == expected);
        waiter.offline().online();
        kitchen.offline().online();
        assertThat(kitchen.terminal().store().printJobs().ofOrder(id)).filteredOn(j -> j.kind() == Ticket.Kind.VOID)
                .hasSize(expected).allSatisfy(j -> assertThat(j.ticket().lines().get(0).name())
                        .isEqualTo("Mixed Grill"));
        assertThat(voids(waiter.terminal(), id)).isZero();
    }

    @Test
    void lateEditsToAPaidCheckBecomeConflictsNotSilentChanges() {
        MergedOrder opened = waiter.terminal().store().orders().open(waiter.terminal().store().floor().tables().get(
                2).id(), 2,
                List.of(new NewLine(waiter.item("Moutabal"), 1)));
        OrderId id = opened.id();
        everyoneHas(id, 1);
        manager.offline();
        manager.terminal().store().orders().addLines(id, List.of(new NewLine(manager.item("Rakakat"), 1)));
        MergedOrder paid = waiter.terminal().store().payments().settle(id);
        manager.online();

        MergedOrder onServer = awaitConverged(id);
        assertThat(onServer.total()).as("the late line shows on the check, flagged").isEqualTo(paid.total().plus(
                line(onServer, lineNamed(onServer, "Rakakat")).total()));
        assertThat(onServer.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.LATE_FOR_SETTLED);
            assertThat(c.lineId()).isEqualTo(lineNamed(onServer, "Rakakat"));
        });
        JsonObject conflict = api.conflicts(BRANCH, "open").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("orderId").equals(id.toString())).findFirst().orElseThrow();
        assertThat(api.resolve(BRANCH, conflict.getString("id"), "{\"choice\":\"REJECT\"}").statusCode())
                .isEqualTo(200);
        MergedOrder settledAgain = awaitConverged(id);
        assertThat(settledAgain.conflicts()).isEmpty();
        assertThat(settledAgain.total()).isEqualTo(paid.total());
    }

    private void everyoneHas(OrderId id, int lines) {
        for (Linked t : List.of(kitchen, waiter, manager)) {
            Await.until(SETTLE, t.name() + " has the order", () -> t.terminal().store().orders().find(id)
                    .map(o -> o.lines().size() == lines).orElse(false));
        }
    }

    /** Waits until the server and every terminal hold the very same state of the order; returns it merged. */
    private MergedOrder awaitConverged(OrderId id) {
        for (Linked t : List.of(kitchen, waiter, manager)) {
            Await.until(SETTLE, t.name() + " holds the server's state of the order",
                    () -> t.state(id) != null && t.state(id).equals(serverState(id)),
                    () -> "terminal " + t.state(id) + "\nserver " + serverState(id));
        }
        MergedOrder m = waiter.order(id);
        assertThat(kitchen.order(id)).isEqualTo(m).isEqualTo(manager.order(id));
        return m;
    }

    private JsonObject serverState(OrderId id) {
        JsonObject order = api.order(BRANCH, id.toString());
        return order == null ? null : order.getJsonObject("state");
    }

    static MergedLine line(MergedOrder o, OrderLineId id) {
        return o.lines().stream().filter(l -> l.line().id().equals(id)).findFirst().orElseThrow();
    }

    static OrderLineId lineNamed(MergedOrder o, String name) {
        return o.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow().line().id();
    }

    private static long voids(cedarpos.terminal.app.TerminalCore t, cedarpos.domain.OrderId order) {
        return t.store().printJobs().ofOrder(order).stream().filter(j -> j.kind() == Ticket.Kind.VOID).count();
    }
}
