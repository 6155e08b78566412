package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The seed's scenario once more, with each terminal the real terminal jar in its
 * own OS process. A terminal that is "offline" here has lost its power: the test
 * kills its process, makes the change through that terminal's own store on its
 * own SQLite file (what the cashier's screen would have done before the cut), and
 * starts the process again, which syncs on its own.
 */
class SeedScenarioProcessesIT {
    static final BranchId BRANCH = DemoBranch.ID;
    static final Duration SETTLE = Duration.ofSeconds(60);

    @Test
    void threeTerminalProcessesEndWithOneIdenticalOrderFlaggedOnlyWhereTwoEditedOneLine() {
        Path work = ItServers.workDir("seed-processes");
        try (PayaraServer server = ItServers.demoOnH2(work).build().start()) {
            Fleet fleet = new Fleet(server, work, BRANCH);
            ServerApi api = fleet.api();
            Map<String, Path> dirs = new HashMap<>();
            Map<String, TerminalProcess> running = new HashMap<>();
            for (String name : List.of("Terminal 1", "Terminal 2", "Terminal 4")) {
                Path dir = work.resolve(name.replace(' ', '-'));
                dirs.put(name, dir);
                TerminalProcess p = TerminalProcess.start(dir, server.wsUrl(), name, fleet.enrollmentCode());
                running.put(name, p);
                Await.until(SETTLE, name + " enrolled with the catalog", () -> TerminalFiles.enrolled(dir)
                        && TerminalFiles.count(dir, "SELECT COUNT(*) FROM menu_item") > 0, p::logTail);
            }
            // the waiter opens table 4 with three dishes, online
            running.remove("Terminal 2").kill();
            MergedOrder opened = edit(dirs.get("Terminal 2"), s -> s.orders().open(s.floor().tables().get(3).id(), 4,
                    List.of(
                    new NewLine(item(s, "Hummus"), 2), new NewLine(item(s, "Kafta Meshwieh"), 1),
                    new NewLine(item(s, "Tabbouleh"), 1))));
            OrderId id = opened.id();
            OrderLineId hummus = line(opened, "Hummus");
            OrderLineId kafta = line(opened, "Kafta Meshwieh");
            running.put("Terminal 2", TerminalProcess.start(dirs.get("Terminal 2"), server.wsUrl(), "Terminal 2",
                    null));
            for (Path dir : dirs.values()) {
                Await.until(SETTLE, dir.getFileName() + " holds the order", () -> stateIn(dir, id) != null);
            }

            // the power goes on all three; each makes its change on its own
            running.values().forEach(TerminalProcess::kill);
            running.clear();
            edit(dirs.get("Terminal 2"), s -> {
                s.orders().addLines(id, List.of(new NewLine(item(s, "Shish Tawook"), 1)));
                return s.orders().changeQuantity(id, hummus, 3);
            });
            edit(dirs.get("Terminal 4"), s -> {
                s.orders().setDiscount(id, new Discount(Discount.Kind.PERCENT, 1000, "regular guest"));
                return s.orders().changeQuantity(id, hummus, 4);
            });
            edit(dirs.get("Terminal 1"), s -> s.orders().voidLine(id, kafta, "out of kafta", "Karim"));

            // power back one terminal at a time
            for (String name : List.of("Terminal 1", "Terminal 4", "Terminal 2")) {
                running.put(name, TerminalProcess.start(dirs.get(name), server.wsUrl(), name, null));
            }
            try {
                for (Map.Entry<String, Path> t : dirs.entrySet()) {
                    Path dir = t.getValue();
                    Await.until(SETTLE, t.getKey() + " drained and holding the server's state of the order",
                            () -> TerminalFiles.count(dir, "SELECT COUNT(*) FROM outbox WHERE synced_at_ms IS NULL")
                                    == 0 && serverState(api, id) != null && serverState(api, id).equals(stateIn(dir, id)),
                            () -> running.get(t.getKey()).logTail());
                }
            } finally {
                running.values().forEach(TerminalProcess::close);
            }
            JsonObject order = api.order(BRANCH, id.toString());
            assertThat(order.getJsonArray("lines")).hasSize(4);
            assertThat(order.getJsonObject("discount").getInt("value")).isEqualTo(1000);
            List<JsonObject> open = api.conflicts(BRANCH, "open").getValuesAs(JsonObject.class);
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.getString("kind")).isEqualTo("CONCURRENT_EDIT");
                assertThat(c.getString("lineId")).isEqualTo(hummus.toString());
            });
            for (JsonObject l : order.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                boolean isHummus = l.getString("id").equals(hummus.toString());
                assertThat(l.getJsonArray("flags").isEmpty()).as(l.getString("name")).isEqualTo(!isHummus);
                assertThat(l.isNull("voided")).as(l.getString("name") + " voided")
                        .isEqualTo(!l.getString("id").equals(kafta.toString()));
            }
            for (Path dir : dirs.values()) {
                assertThat(TerminalFiles.integrityCheck(dir)).isEqualTo("ok");
            }
        }
    }

    /** A change made on a terminal whose process is down, through its own store. */
    private static MergedOrder edit(Path dir, Function<TerminalStore, MergedOrder> change) {
        try (TerminalStore store = TerminalStore.open(dir)) {
            return change.apply(store);
        }
    }

    private static JsonObject stateIn(Path dir, OrderId id) {
        String json = TerminalFiles.text(dir, "SELECT state_json FROM customer_order WHERE id = '" + id + "'");
        return json == null ? null : Jsons.reader(new StringReader(json)).readObject();
    }

    private static JsonObject serverState(ServerApi api, OrderId id) {
        JsonObject order = api.order(BRANCH, id.toString());
        return order == null ? null : order.getJsonObject("state");
    }

    private static MenuItemId item(TerminalStore s, String name) {
        return s.cashier().menu().stream().filter(m -> m.nameEn().equals(name)).findFirst().orElseThrow().id();
    }

    private static OrderLineId line(MergedOrder o, String name) {
        return o.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow().line().id();
    }
}
