package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.domain.stock.StockBalance;
import cedarpos.server.testing.DemoBranch;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.StockBook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty real terminals (own SQLite files, own WebSockets, each behind its own link) order the same dish at the
 * same moment while ten portions are left: exactly ten are confirmed and forty denied, on the server and on every
 * terminal, the stock never goes below zero, and each denied waiter and kitchen hears of it once. Then again
 * with twenty terminals offline while they order, reconnecting in random order.
 */
class ReservationContentionIT extends DemoServerPerClass {
    private static final Logger LOG = Logger.getLogger(ReservationContentionIT.class.getName());
    static final int TERMINALS = 50;
    static final int PORTIONS = 10;

    private final List<Linked> linked = new ArrayList<>();
    private final List<TerminalCore> terminals = new ArrayList<>();

    @BeforeEach
    void fiftyTerminals() {
        for (int i = 0; i < TERMINALS; i++) {
            Linked l = fleet.startLinked("Till " + (i + 1));
            linked.add(l);
            terminals.add(l.terminal());
        }
    }

    @Test
    void fiftyTerminalsOrderingTenPortionsAtOnceGetExactlyTenConfirmed() throws Exception {
        long cursor = fleet.api().changeHead(BRANCH);
        StockTrial trial = StockTrial.track(fleet.api(), BRANCH, DemoBranch.KIBBEH_NAYYEH_DISH, PORTIONS);
        trial.awaitKnown(terminals, PORTIONS);

        List<MergedOrder> orders = StockTrial.orderAtOnce(terminals, trial.dish());
        Map<ReservationStatus, Integer> decided = StockTrial.awaitDecided(terminals, orders);
        assertThat(decided).containsOnly(Map.entry(ReservationStatus.CONFIRMED, PORTIONS),
                Map.entry(ReservationStatus.DENIED, TERMINALS - PORTIONS));
        assertAgreedEverywhere(trial, orders, cursor);
    }

    @Test
    void withTwentyTerminalsOfflineWhileOrderingAndBackInRandomOrderStillExactlyTen() throws Exception {
        long seed = Long.getLong("cedarpos.seed", System.nanoTime());
        LOG.info("reconnect order seed=" + seed + " (rerun with -Dcedarpos.seed=" + seed + ")");
        Random random = new Random(seed);
        long cursor = fleet.api().changeHead(BRANCH);
        StockTrial trial = StockTrial.track(fleet.api(), BRANCH, DemoBranch.KIBBEH_NAYYEH_DISH, PORTIONS);
        trial.awaitKnown(terminals, PORTIONS);
        List<Linked> away = new ArrayList<>(linked);
        Collections.shuffle(away, random);
        away = away.subList(0, 20);
        away.forEach(Linked::offline);

        List<MergedOrder> orders = StockTrial.orderAtOnce(terminals, trial.dish());
        for (Linked l : away) {
            // offline the order goes on: its claim waits, counted against what the terminal believes is left
            MergedOrder mine = orders.get(terminals.indexOf(l.terminal()));
            assertThat(StockTrial.claim(l.terminal(), mine).status()).isEqualTo(ReservationStatus.PENDING);
            StockBook.Dish dish = l.terminal().store().stock().dishes().get(trial.dish());
            assertThat(dish.estimatedLeft()).isEqualTo(dish.portionsLeft() - 1);
        }
        Collections.shuffle(away, random);
        for (Linked l : away) {
            l.link().up();
            Thread.sleep(random.nextInt(120));
        }
        Map<ReservationStatus, Integer> decided = StockTrial.awaitDecided(terminals, orders);
        assertThat(decided).containsOnly(Map.entry(ReservationStatus.CONFIRMED, PORTIONS),
                Map.entry(ReservationStatus.DENIED, TERMINALS - PORTIONS));
        assertAgreedEverywhere(trial, orders, cursor);
    }

    /** Server, change log and every terminal tell the same story, and nobody oversold at any point. */
    private void assertAgreedEverywhere(StockTrial trial, List<MergedOrder> orders, long cursor) {
        assertThat(trial.stock().getJsonNumber("level").longValue()).isEqualTo(PORTIONS);
        assertThat(trial.stock().getJsonNumber("held").longValue()).isEqualTo(PORTIONS);
        assertThat(trial.stock().getJsonNumber("available").longValue()).isZero();

        StockTrial.Log log = trial.log(server.wsUrl(), cursor);
        assertThat(log.balances()).isNotEmpty().allSatisfy(b -> {
            assertThat(b.available()).as("available stock in every balance the server ever sent").isNotNegative();
            assertThat(b.held()).isLessThanOrEqualTo(b.level());
        });
        assertThat(log.decisions()).hasSize(TERMINALS);
        assertThat(log.decisions().stream().filter(d -> d.status() == ReservationStatus.CONFIRMED)).hasSize(PORTIONS);
        // decided in the order they arrived: every confirmation comes before the first denial
        List<ReservationStatus> inLogOrder = log.decisions().stream().map(Reservation::status).toList();
        assertThat(inLogOrder.subList(0, PORTIONS)).containsOnly(ReservationStatus.CONFIRMED);
        StockBalance last = log.balances().get(log.balances().size() - 1);
        assertThat(last.available()).isZero();

        for (int i = 0; i < terminals.size(); i++) {
            TerminalCore t = terminals.get(i);
            MergedOrder mine = orders.get(i);
            boolean denied = StockTrial.claim(t, mine).status() == ReservationStatus.DENIED;
            Await.until(Linked.SETTLE, t.config().terminalName() + " shows every decision and the 86",
                    () -> decisionsShown(t, orders) == TERMINALS && t.store().stock().dishes().get(trial.dish())
                            .soldOut());
            assertThat(StockJourneyIT.doNotPrepare(t, mine)).as(t.config().terminalName() + " DO NOT PREPARE tickets")
                    .hasSize(denied ? 1 : 0);
            assertThat(StockJourneyIT.kitchenPrints(t)).as("the demo branch's catalog has kitchen stations").isTrue();
            assertThat(t.store().stock().alerts()).as(t.config().terminalName() + " alerts")
                    .hasSize(denied ? 1 : 0);
        }
        assertThat(fleet.api().soldOut(BRANCH).getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(d -> d.getString("menuItemId").equals(trial.dish().toString()));
    }

    /** How many of the orders' lines {@code t} shows decided (another terminal's too: every line is flagged). */
    private static long decisionsShown(TerminalCore t, List<MergedOrder> orders) {
        return orders.stream().filter(o -> {
            StockBook.Line l = StockTrial.claim(t, o);
            return l != null && l.status() != ReservationStatus.PENDING;
        }).count();
    }
}
