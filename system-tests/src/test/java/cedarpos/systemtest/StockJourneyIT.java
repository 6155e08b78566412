package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.server.testing.DemoBranch;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.alerts.StockAlertsPresenter;
import cedarpos.terminal.ui.alerts.StockAlertsView;
import cedarpos.terminal.ui.order.DraftLine;
import cedarpos.terminal.ui.order.MenuTile;
import cedarpos.terminal.ui.order.OrderPresenter;
import cedarpos.terminal.ui.order.OrderView;
import cedarpos.terminal.ui.order.PlacedLine;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Reservations end to end with real terminals and the real server: the 86 reaching an online till within a
 * second, a till that ordered offline learning of its denial on its screen and on the kitchen queue, a void
 * releasing the portion to a later order, and a whole service after which every level is its start plus
 * deliveries minus waste minus what settled checks consumed, as the adjustment log says and every till shows.
 */
class StockJourneyIT extends DemoServerPerClass {
    private static final Logger LOG = Logger.getLogger(StockJourneyIT.class.getName());

    /** The order screen as a recording, for the presenter that drives it. */
    static final class Screen implements OrderView {
        volatile List<MenuTile> items = List.of();
        volatile List<PlacedLine> placed = List.of();
        volatile String warning;

        @Override
        public void showCategories(List<cedarpos.terminal.ui.order.CategoryTab> categories, String selected) {
        }

        @Override
        public void showItems(List<MenuTile> tiles) {
            items = tiles;
        }

        @Override
        public void showTables(List<cedarpos.terminal.ui.order.TableChoice> tables, TableId selected) {
        }

        @Override
        public void showOrder(List<PlacedLine> p, String banner, List<DraftLine> draft, Money total) {
            placed = p;
        }

        @Override
        public void setActions(boolean canSend, boolean canClear, boolean startsNew) {
        }

        @Override
        public void showNotice(String text, boolean error) {
        }

        @Override
        public void showWarning(String text) {
            warning = text;
        }

        @Override
        public String askVoidReason(String lineName) {
            return "guest left";
        }

        @Override
        public List<cedarpos.domain.ModifierOption> askModifiers(cedarpos.domain.MenuItem item,
                                                                 List<cedarpos.domain.ModifierGroup> groups) {
            return null; // the journey orders no dish that asks
        }

        @Override
        public void setPayable(boolean payable) {
            // the journey pays through the store
        }

        @Override
        public cedarpos.terminal.ui.order.DiscountRequest askDiscount(cedarpos.domain.Money subtotal) {
            return null;
        }

        @Override
        public char[] askManagerPin(String what) {
            return null;
        }

        @Override
        public String askNote(String lineName, String current) {
            return null;
        }

        @Override
        public cedarpos.domain.TableId askMoveTo(List<cedarpos.terminal.ui.order.TableChoice> free) {
            return null;
        }

        @Override
        public void setMovable(boolean movable) {
            // the journey moves no check
        }

        @Override
        public void showSeating(cedarpos.terminal.ui.order.Seating seating) {
            // the journey orders for the whole table
        }

        MenuTile tile(String name) {
            return items.stream().filter(t -> t.item().nameEn().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no tile " + name + " in " + items));
        }
    }

    /** The waiter's alert bar as a recording. */
    static final class AlertBar implements StockAlertsView {
        volatile List<Row> rows = List.of();

        @Override
        public void showAlerts(List<Row> r, String more) {
            rows = r;
        }
    }

    @Test
    void theEightySixReachesAnOnlineTillADenialReachesTheWaiterAndTheKitchenAndAVoidFreesThePortion() {
        Linked waiter = fleet.startLinked("Waiter");
        Linked bar = fleet.startLinked("Bar");
        StockTrial trial = StockTrial.track(fleet.api(), BRANCH, DemoBranch.KIBBEH_NAYYEH_DISH, 1);
        MenuItemId kibbeh = trial.dish();
        trial.awaitKnown(List.of(waiter.terminal(), bar.terminal()), 1);
        Screen screen = new Screen();
        AlertBar alerts = new AlertBar();
        TerminalStore till = waiter.terminal().store();
        OrderPresenter orders = new OrderPresenter(till.orders(), till.stock(), till.floor(), till.cashier(),
                screen, Threads.direct(), Ui.messages(Locale.ENGLISH));
        // the waiter signs in with her demo PIN, as on the till's pad
        orders.setStaff(till.cashier().signIn(DemoBranch.MAYA_PIN.toCharArray()).orElseThrow());
        StockAlertsPresenter alerting = new StockAlertsPresenter(till.stock(), alerts,
                Threads.direct(), Ui.messages(Locale.ENGLISH));
        orders.setOnline(true);
        orders.reloadCatalog();
        assertThat(screen.tile("Kibbeh Nayyeh").stock()).isEqualTo(MenuTile.Stock.FEW_LEFT);

        // the bar sells the last portion: the waiter's till, online, shows the dish sold out within a second
        MergedOrder barOrder = bar.terminal().store().orders().place(null, List.of(new NewLine(kibbeh, 1)));
        Duration took = Await.until(Duration.ofSeconds(1), "the 86 on the waiter's till",
                () -> waiter.terminal().store().stock().dishes().get(kibbeh).soldOut());
        LOG.info("sold out shown on another till " + took.toMillis() + " ms after the sale");
        orders.refresh();
        assertThat(screen.tile("Kibbeh Nayyeh").stock()).isEqualTo(MenuTile.Stock.SOLD_OUT);
        assertThat(screen.tile("Kibbeh Nayyeh").enabled()).isFalse();

        // offline, the waiter's till goes by what it last heard and warns instead of blocking
        waiter.offline();
        orders.setOnline(false);
        assertThat(screen.tile("Kibbeh Nayyeh").stock()).isEqualTo(MenuTile.Stock.MAYBE_OUT);
        assertThat(screen.tile("Kibbeh Nayyeh").enabled()).isTrue();
        orders.addItem(kibbeh);
        assertThat(screen.warning).contains("Kibbeh Nayyeh");
        orders.send();
        MergedOrder mine = orders.current();
        assertThat(mine).as("the order went on without the server").isNotNull();
        OrderLineId line = mine.lines().get(0).line().id();
        assertThat(screen.placed).singleElement().satisfies(p -> {
            assertThat(p.stockText()).contains("waiting");
            assertThat(p.stockDenied()).isFalse();
        });

        // back online: the server refuses it; the waiter's screen and the kitchen queue say so, once
        waiter.online();
        orders.setOnline(true);
        Await.until(Linked.SETTLE, "the denial on the waiter's till",
                () -> !waiter.terminal().store().stock().alerts().isEmpty());
        alerting.reload();
        assertThat(alerts.rows).singleElement().satisfies(r -> assertThat(r.text())
                .isEqualTo("Sold out: 1 \u00d7 Kibbeh Nayyeh for the counter. The kitchen was told not to prepare it."));
        orders.refresh();
        assertThat(screen.placed).singleElement().satisfies(p -> assertThat(p.stockDenied()).isTrue());
        // the kitchen's DO NOT PREPARE ticket (the demo branch prints to its kitchen stations)
        assertThat(kitchenPrints(waiter.terminal())).as("the demo branch's catalog has kitchen stations").isTrue();
        assertThat(doNotPrepare(waiter.terminal(), mine)).hasSize(1)
                .allSatisfy(j -> assertThat(j.ticket().lines()).singleElement().satisfies(l -> {
                    assertThat(l.quantity()).isEqualTo(1);
                    assertThat(l.name()).isEqualTo("Kibbeh Nayyeh");
                }));
        Await.until(Linked.SETTLE, "the denial flagged on the bar's till too",
                () -> StockTrial.claim(bar.terminal(), mine) != null
                        && StockTrial.claim(bar.terminal(), mine).status() == ReservationStatus.DENIED);
        assertThat(doNotPrepare(bar.terminal(), mine)).isEmpty();
        assertThat(bar.terminal().store().stock().alerts()).isEmpty();

        // the bar's guest leaves: the void gives the portion back, and the next order gets it
        bar.terminal().store().orders().voidLine(barOrder.id(), barOrder.lines().get(0).line().id(), "guest left",
                "Rima");
        Await.until(Linked.SETTLE, "the released portion on the waiter's till",
                () -> waiter.terminal().store().stock().dishes().get(kibbeh).portionsLeft() == 1);
        MergedOrder later = waiter.terminal().store().orders().place(null, List.of(new NewLine(kibbeh, 1)));
        assertThat(StockTrial.awaitDecided(List.of(waiter.terminal()), List.of(later)))
                .containsOnly(Map.entry(ReservationStatus.CONFIRMED, 1));

        alerting.acknowledge(alerts.rows.get(0).id());
        assertThat(alerts.rows).isEmpty();
        assertThat(waiter.terminal().store().stock().alerts()).isEmpty();
    }

    @Test
    void afterAServiceEachLevelIsStartPlusDeliveriesMinusWasteMinusWhatSettledChecksConsumed() {
        List<Linked> tills = List.of(fleet.startLinked("Grill"), fleet.startLinked("Terrace"),
                fleet.startLinked("Counter"));
        Linked grill = tills.get(0);
        Linked terrace = tills.get(1);
        Linked counter = tills.get(2);
        List<StockItemId> items = List.of(DemoBranch.KOFTA, DemoBranch.TAWOOK, DemoBranch.LAMB_CHOPS);
        Map<StockItemId, Long> start = new HashMap<>();
        items.forEach(i -> start.put(i, level(i, "level")));
        long head = fleet.api().changeHead(BRANCH);
        MenuItemId mixedGrill = DemoBranch.MIXED_GRILL_DISH;
        MenuItemId kafta = DemoBranch.KAFTA_DISH;

        // the morning: a delivery from the manager, waste and a count on the tills
        fleet.api().adjust(BRANCH, DemoBranch.KOFTA, "DELIVERY", 20);
        grill.terminal().store().stock().adjust(DemoBranch.KOFTA, StockAdjustment.Reason.WASTE, -3, "dropped");
        terrace.terminal().store().stock().adjust(DemoBranch.TAWOOK, StockAdjustment.Reason.COUNT, -1, "recount");

        // the service: 2 mixed grills and a kafta paid; a kafta voided before paying; 3 grills cancelled;
        // a grill paid on a till that was offline the whole time
        MergedOrder a = grill.terminal().store().orders().place(null, List.of(new NewLine(mixedGrill, 2),
                new NewLine(kafta, 1)));
        MergedOrder b = terrace.terminal().store().orders().place(null, List.of(new NewLine(kafta, 1),
                new NewLine(mixedGrill, 1)));
        MergedOrder c = counter.terminal().store().orders().place(null, List.of(new NewLine(mixedGrill, 3)));
        terrace.terminal().store().orders().voidLine(b.id(), line(b, kafta), "guest changed mind", "Rana");
        counter.terminal().store().orders().cancel(c.id());
        grill.terminal().store().payments().settle(a.id());
        terrace.terminal().store().payments().settle(b.id());
        counter.offline();
        MergedOrder d = counter.terminal().store().orders().place(null, List.of(new NewLine(mixedGrill, 1)));
        counter.terminal().store().payments().settle(d.id());
        counter.online();
        tills.forEach(Linked::online);

        // consumed: mixed grill = 1 kofta + 1 tawook + 1 lamb chop, kafta = 2 kofta; a, b's grill and d settled
        Map<StockItemId, Long> consumed = Map.of(DemoBranch.KOFTA, 2L + 2 + 1 + 1, DemoBranch.TAWOOK, 2L + 1 + 1,
                DemoBranch.LAMB_CHOPS, 2L + 1 + 1);
        Map<StockItemId, Long> expected = Map.of(
                DemoBranch.KOFTA, start.get(DemoBranch.KOFTA) + 20 - 3 - consumed.get(DemoBranch.KOFTA),
                DemoBranch.TAWOOK, start.get(DemoBranch.TAWOOK) - 1 - consumed.get(DemoBranch.TAWOOK),
                DemoBranch.LAMB_CHOPS, start.get(DemoBranch.LAMB_CHOPS) - consumed.get(DemoBranch.LAMB_CHOPS));
        for (StockItemId item : items) {
            Await.until(Linked.SETTLE, "level of " + item, () -> level(item, "level") == expected.get(item),
                    () -> "stock=" + fleet.api().stockItem(BRANCH, item));
            assertThat(level(item, "held")).as("nothing held once every check is closed").isZero();
            assertThat(ledger(item, null)).as("the ledger of " + item).isEqualTo(level(item, "level"));
            assertThat(-ledger(item, "SALE")).as("sales of " + item).isEqualTo(consumed.get(item));
            for (Linked t : tills) {
                Await.until(Linked.SETTLE, t.name() + " shows the server's balance of " + item, () -> {
                    StockBook.Level l = t.terminal().store().stock().levels().stream()
                            .filter(x -> x.id().equals(item)).findFirst().orElseThrow();
                    return l.level() == expected.get(item) && l.held() == 0 && l.pendingHere() == 0;
                });
            }
        }
        assertThat(fleet.api().changeHead(BRANCH)).isGreaterThan(head);
    }

    private static OrderLineId line(MergedOrder o, MenuItemId dish) {
        return o.lines().stream().filter(l -> l.line().menuItemId().equals(dish)).map(MergedLine::line).findFirst()
                .orElseThrow().id();
    }

    private long level(StockItemId item, String field) {
        return fleet.api().stockItem(BRANCH, item).getJsonNumber(field).longValue();
    }

    /** The sum of the item's adjustments in the log ({@code reason} null for all). */
    private long ledger(StockItemId item, String reason) {
        return fleet.api().stockAdjustments(BRANCH).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("stockItemId").equals(item.toString()))
                .filter(a -> reason == null || a.getString("reason").equals(reason))
                .mapToLong(a -> a.getJsonNumber("delta").longValue()).sum();
    }

    static java.util.List<cedarpos.terminal.printing.PrintJob> doNotPrepare(cedarpos.terminal.app.TerminalCore t,
                                                                          MergedOrder order) {
        return t.store().printJobs().ofOrder(order.id()).stream()
                .filter(j -> j.kind() == cedarpos.terminal.printing.Ticket.Kind.DO_NOT_PREPARE).toList();
    }

    /** Whether the branch's catalog gave this terminal kitchen stations to print to. */
    static boolean kitchenPrints(cedarpos.terminal.app.TerminalCore t) {
        return t.store().printJobs().setup().hasStations();
    }
}
