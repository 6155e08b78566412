package cedarpos.server.inventory;

import cedarpos.server.testing.ManagerApiIT;
import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.KIBBEH_NAYYEH_DISH;
import static cedarpos.server.testing.DemoBranch.cancel;
import static cedarpos.server.testing.DemoBranch.dish;
import static cedarpos.server.testing.DemoBranch.open;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static cedarpos.server.testing.DemoBranch.settle;
import static cedarpos.server.testing.DemoBranch.stamp;
import static cedarpos.server.testing.DemoBranch.voidLine;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.domain.stock.StockBalance;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.StockJson;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.NewOrder;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stock claims against the real server, one raw WebSocket per till: decisions in arrival order, a resend
 * processed once, a void's release, a settlement's consumption in the ledger, the manager's views, and bad
 * requests that change nothing. Each test tracks the demo's Kibbeh Nayyeh against a stock item of its own.
 */
class ReservationIT extends ManagerApiIT {
    private StockItemId tray;

    @BeforeEach
    void freshStock() {
        tray = admin.createStockItem(ID, "Kibbeh trays " + System.nanoTime(), "portion");
        ServerApi.expect(200, "set recipe", admin.setRecipe(ID, KIBBEH_NAYYEH_DISH, tray, 1));
    }

    private static SyncClient connected(Enrolled t, long lastAcked) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(lastAcked, admin.changeHead(ID)));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    private static OrderLine kibbeh(int quantity) {
        return dish(KIBBEH_NAYYEH_DISH, "Kibbeh Nayyeh", quantity);
    }

    /** The decision of the one reservation record in {@code c}. */
    private static Reservation decision(Changes c) {
        List<ChangeRecord> r = c.records().stream().filter(x -> x.entity().equals(Operations.RESERVATION)).toList();
        assertThat(r).as("one reservation record in " + c.records()).hasSize(1);
        assertThat(r.get(0).origin().value()).isEqualTo(Operations.SERVER_ORIGIN);
        try {
            return StockJson.decodeReservation(r.get(0).payload());
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        }
    }

    private StockBalance balance(Changes c) throws ProtocolException {
        ChangeRecord r = c.records().stream().filter(x -> x.entity().equals(Operations.STOCK_LEVEL)
                && x.recordId().equals(tray.toString())).reduce((a, b) -> b).orElseThrow();
        return StockJson.decodeBalance(r.payload());
    }

    private long stock(String field) {
        return admin.stockItem(ID, tray).getJsonNumber(field).longValue();
    }

    private static boolean soldOut(MenuItemId dish) {
        return admin.soldOut(ID).getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("menuItemId").equals(dish.toString()));
    }

    @Test
    void aTrackedDishIsConfirmedAndItsEntryResentIsDecidedOnce() throws ProtocolException {
        admin.adjust(ID, tray, "DELIVERY", 2);
        Enrolled e = admin.enrollNew(ID, "till");
        TerminalId t = e.terminalId();
        NewOrder o = order(t, kibbeh(1), DemoBranch.line(450));
        OutboxEntry opening = open(1, o, System.currentTimeMillis());
        try (SyncClient till = connected(e, 0)) {
            till.send(push(opening));
            assertThat(till.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            Changes changes = till.next(Changes.class);
            assertThat(changes.records()).extracting(ChangeRecord::entity)
                    .containsExactly(Operations.ORDER, Operations.RESERVATION, Operations.STOCK_LEVEL);
            Reservation r = decision(changes);
            assertThat(r.status()).isEqualTo(ReservationStatus.CONFIRMED);
            assertThat(r.line()).isEqualTo(o.lines().get(0).id());
            assertThat(r.orderedBy()).isEqualTo(t);
            assertThat(balance(changes)).extracting(StockBalance::level, StockBalance::held,
                    StockBalance::available).containsExactly(2L, 1L, 1L);
            long head = admin.changeHead(ID);

            // the ack was lost: the same entry again, on this connection and after a reconnect
            till.send(push(opening));
            assertThat(till.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            till.expectSilence(Duration.ofMillis(300));
        }
        try (SyncClient again = connected(e, 0)) {
            again.send(push(opening));
            assertThat(again.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            again.expectSilence(Duration.ofMillis(300));
        }
        assertThat(stock("held")).isEqualTo(1);
        assertThat(admin.reservations(ID, "confirmed").getValuesAs(JsonObject.class))
                .filteredOn(x -> x.getString("orderId").equals(o.id().toString())).singleElement()
                .satisfies(x -> assertThat(x.getInt("version")).isEqualTo(1));
    }

    @Test
    void theLastPortionGoesToTheFirstToArriveAndAVoidReleasesItForALaterOrder() {
        admin.adjust(ID, tray, "DELIVERY", 1);
        Enrolled a = admin.enrollNew(ID, "till A");
        Enrolled b = admin.enrollNew(ID, "till B");
        long now = System.currentTimeMillis();
        NewOrder first = order(a.terminalId(), kibbeh(1));
        NewOrder second = order(b.terminalId(), kibbeh(1));
        try (SyncClient tillA = connected(a, 0); SyncClient tillB = connected(b, 0)) {
            tillA.send(push(open(1, first, now)));
            tillA.next(Ack.class);
            assertThat(decision(tillA.next(Changes.class)).status()).isEqualTo(ReservationStatus.CONFIRMED);
            tillB.next(Changes.class);
            assertThat(soldOut(KIBBEH_NAYYEH_DISH)).isTrue();

            tillB.send(push(open(1, second, now)));
            tillB.next(Ack.class);
            Reservation denied = decision(tillB.next(Changes.class));
            assertThat(decision(tillA.next(Changes.class))).isEqualTo(denied);
            assertThat(denied.status()).isEqualTo(ReservationStatus.DENIED);
            assertThat(denied.orderedBy()).isEqualTo(b.terminalId());
            assertThat(denied.deniedPortions()).isEqualTo(1);
            assertThat(stock("available")).isZero();

            OrderLine line = first.lines().get(0);
            tillA.send(push(voidLine(a.terminalId(), 2, now + 1, first.id(), line.id(),
                    Set.of(stamp(a.terminalId(), 1, now)), "guest left", "Rima")));
            tillA.next(Ack.class);
            Changes released = tillA.next(Changes.class);
            assertThat(decision(released).status()).isEqualTo(ReservationStatus.RELEASED);
            assertThat(stock("available")).isEqualTo(1);
            assertThat(soldOut(KIBBEH_NAYYEH_DISH)).isFalse();
            tillB.next(Changes.class);

            NewOrder later = order(b.terminalId(), kibbeh(1));
            tillB.send(push(open(2, later, now + 2)));
            tillB.next(Ack.class);
            assertThat(decision(tillB.next(Changes.class)).status()).isEqualTo(ReservationStatus.CONFIRMED);
        }
        assertThat(admin.reservations(ID, "denied").getValuesAs(JsonObject.class))
                .anyMatch(x -> x.getString("lineId").equals(second.lines().get(0).id().toString())
                        && x.getInt("denied") == 1);
        assertThat(admin.reservations(ID, "released").getValuesAs(JsonObject.class))
                .anyMatch(x -> x.getString("lineId").equals(first.lines().get(0).id().toString()));
    }

    @Test
    void settlementConsumesStockAndTheLevelIsTheSumOfTheLedger() throws ProtocolException {
        admin.adjust(ID, tray, "DELIVERY", 10);
        admin.adjust(ID, tray, "WASTE", -1);
        Enrolled e = admin.enrollNew(ID, "till");
        TerminalId t = e.terminalId();
        long now = System.currentTimeMillis();
        NewOrder two = order(t, kibbeh(2));
        NewOrder cancelled = order(t, kibbeh(1), DemoBranch.line(300));
        NewOrder three = order(t, kibbeh(3));
        try (SyncClient till = connected(e, 0)) {
            OutboxEntry o1 = open(1, two, now);
            till.send(push(o1, open(2, cancelled, now), open(3, three, now)));
            till.next(Ack.class);
            till.next(Changes.class);
            assertThat(stock("held")).isEqualTo(6);

            OrderState twoState = DemoBranch.state(o1.payload());
            OutboxEntry paid = settle(t, 4, now + 5, twoState);
            till.send(push(paid, cancel(t, 5, now + 6, cancelled.id()),
                    settle(t, 6, now + 7, DemoBranch.state(open(3, three, now).payload()))));
            till.next(Ack.class);
            Changes settled = till.next(Changes.class);
            List<ChangeRecord> sales = settled.records().stream().filter(r -> r.entity().equals(Operations.STOCK))
                    .toList();
            assertThat(sales).hasSize(2);
            assertThat(StockAdjustmentJson.decode(sales.get(0).payload()).delta()).isEqualTo(-2);
            assertThat(balance(settled)).extracting(StockBalance::level, StockBalance::held)
                    .containsExactly(4L, 0L);

            // the settlement again (its ack lost): nothing more leaves the stock
            till.send(push(paid));
            till.next(Ack.class);
            till.expectSilence(Duration.ofMillis(300));
        }
        long delivered = 0;
        long wasted = 0;
        long sold = 0;
        for (JsonObject a : admin.stockAdjustments(ID).getValuesAs(JsonObject.class)) {
            if (!a.getString("stockItemId").equals(tray.toString())) {
                continue;
            }
            long delta = a.getJsonNumber("delta").longValue();
            switch (a.getString("reason")) {
                case "DELIVERY" -> delivered += delta;
                case "WASTE" -> wasted -= delta;
                case "SALE" -> sold -= delta;
                default -> throw new AssertionError("unexpected " + a);
            }
        }
        long consumed = admin.reservations(ID, "consumed").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("menuItemId").equals(KIBBEH_NAYYEH_DISH.toString()))
                .filter(r -> r.getJsonArray("portions").getJsonObject(0).getString("stockItemId")
                        .equals(tray.toString())).mapToLong(r -> r.getInt("consumed")).sum();
        assertThat(consumed).isEqualTo(5);
        assertThat(sold).isEqualTo(consumed);
        assertThat(stock("level")).isEqualTo(delivered - wasted - sold).isEqualTo(4);
        assertThat(stock("held")).isZero();
    }

    @Test
    void aManagersDeliveryAndRecipeReachTheTillsAndBadRequestsChangeNothing() throws ProtocolException {
        Enrolled e = admin.enrollNew(ID, "till");
        try (SyncClient till = connected(e, 0)) {
            admin.adjust(ID, tray, "DELIVERY", 5);
            Changes delivered = till.next(Changes.class);
            assertThat(delivered.records()).extracting(ChangeRecord::entity)
                    .containsExactly(Operations.STOCK, Operations.STOCK_LEVEL);
            assertThat(balance(delivered).available()).isEqualTo(5);

            long catalogVersion = admin.branch(ID).getJsonNumber("catalogVersion").longValue();
            ServerApi.expect(200, "recipe", admin.setRecipe(ID, KIBBEH_NAYYEH_DISH, tray, 2));
            Catalog catalog = till.next(Catalog.class);
            assertThat(catalog.version()).isGreaterThan(catalogVersion);
            assertThat(catalog.recipes()).filteredOn(r -> r.menuItem().equals(KIBBEH_NAYYEH_DISH)).singleElement()
                    .satisfies(r -> assertThat(r.portions().get(0).perPortion()).isEqualTo(2));
            assertThat(catalog.stock()).anyMatch(s -> s.id().equals(tray) && s.balance().available() == 5);

            long head = admin.changeHead(ID);
            String recipes = admin.get("/api/branches/" + ID + "/recipes").body();
            String path = "/api/branches/" + ID + "/menu-items/" + KIBBEH_NAYYEH_DISH + "/recipe";
            assertThat(admin.setRecipe(ID, KIBBEH_NAYYEH_DISH, StockItemId.random(), 1).statusCode()).isEqualTo(400);
            assertThat(admin.setRecipe(ID, MenuItemId.random(), tray, 1).statusCode()).isEqualTo(404);
            assertThat(admin.setRecipe(ID, KIBBEH_NAYYEH_DISH, tray, 0).statusCode()).isEqualTo(400);
            assertThat(admin.setRecipe(ID, KIBBEH_NAYYEH_DISH, tray, 1, tray, 2).statusCode()).isEqualTo(400);
            assertThat(admin.put(path, "{\"portions\":{}}").statusCode()).isEqualTo(400);
            assertThat(admin.put(path, "{\"portions\":[{\"stockItemId\":7,\"perPortion\":1}]}").statusCode())
                    .isEqualTo(400);
            assertThat(admin.put(path, "not json").statusCode()).isEqualTo(400);
            cedarpos.domain.BranchId byblos = admin.createBranch("Byblos " + System.nanoTime(), "USD");
            StockItemId theirs = admin.createStockItem(byblos, "Their trays", "portion");
            assertThat(admin.setRecipe(ID, KIBBEH_NAYYEH_DISH, theirs, 1).statusCode()).as("another branch's item")
                    .isEqualTo(400);
            assertThat(admin.get("/api/branches/" + ID + "/reservations?status=maybe").statusCode()).isEqualTo(400);
            assertThat(admin.post("/api/branches/" + ID + "/stock", "{\"name\":\"Kibbeh trays x\"}").statusCode())
                    .isEqualTo(400);
            String name = admin.stockItem(ID, tray).getString("name");
            assertThat(admin.post("/api/branches/" + ID + "/stock", "{\"name\":\"" + name + "\",\"unit\":\"tray\"}")
                    .statusCode()).isEqualTo(409);
            assertThat(admin.get("/api/branches/" + cedarpos.domain.BranchId.random() + "/sold-out").statusCode())
                    .isEqualTo(404);

            till.expectSilence(Duration.ofMillis(300));
            assertThat(admin.changeHead(ID)).isEqualTo(head);
            assertThat(admin.get("/api/branches/" + ID + "/recipes").body()).isEqualTo(recipes);
        }
    }
}
