package cedarpos.systemtest;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.domain.stock.StockBalance;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.StockJson;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.SyncClient;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StockBook;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A dish tracked against a stock item of its own, and many terminals ordering it at once: what the contention
 * test and the reservations benchmark share.
 */
public final class StockTrial {
    public static final Duration DECIDED = Duration.ofSeconds(60);

    private final ServerApi api;
    private final BranchId branch;
    private final MenuItemId dish;
    private final StockItemId item;

    private StockTrial(ServerApi api, BranchId branch, MenuItemId dish, StockItemId item) {
        this.api = api;
        this.branch = branch;
        this.dish = dish;
        this.item = item;
    }

    /** Tracks {@code dish} (one unit a portion) against a new stock item holding {@code stock}. */
    public static StockTrial track(ServerApi api, BranchId branch, MenuItemId dish, long stock) {
        StockItemId item = api.createStockItem(branch, "Trial stock " + System.nanoTime(), "portion");
        ServerApi.expect(200, "recipe", api.setRecipe(branch, dish, item, 1));
        if (stock > 0) {
            api.adjust(branch, item, "DELIVERY", stock);
        }
        return new StockTrial(api, branch, dish, item);
    }

    public MenuItemId dish() {
        return dish;
    }

    public StockItemId item() {
        return item;
    }

    /** Waits until each terminal tracks the dish and has heard the item's balance {@code available}. */
    public void awaitKnown(List<TerminalCore> terminals, long available) {
        for (TerminalCore t : terminals) {
            Await.until(DECIDED, t.config().terminalName() + " knows the trial stock", () -> {
                StockBook.Dish d = t.store().stock().dishes().get(dish);
                return d != null && d.portionsLeft() == available;
            }, () -> "dishes=" + t.store().stock().dishes().get(dish));
        }
    }

    /** Every terminal orders one portion at the same moment; the order each placed, in terminal order. */
    public static List<MergedOrder> orderAtOnce(List<TerminalCore> terminals, MenuItemId dish) throws Exception {
        CyclicBarrier start = new CyclicBarrier(terminals.size());
        ExecutorService pool = Executors.newFixedThreadPool(terminals.size());
        try {
            List<Future<MergedOrder>> placed = new ArrayList<>();
            for (TerminalCore t : terminals) {
                placed.add(pool.submit(() -> {
                    start.await();
                    return t.store().orders().place(null, List.of(new NewLine(dish, 1)));
                }));
            }
            List<MergedOrder> orders = new ArrayList<>();
            for (Future<MergedOrder> f : placed) {
                orders.add(f.get());
            }
            return orders;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The claim of the order's one line as {@code t} shows it. */
    public static StockBook.Line claim(TerminalCore t, MergedOrder order) {
        OrderLineId line = order.lines().get(0).line().id();
        return t.store().stock().lines(order.id()).get(line);
    }

    /** Waits until every terminal's own order is decided; the count of each status. */
    public static Map<ReservationStatus, Integer> awaitDecided(List<TerminalCore> terminals,
                                                               List<MergedOrder> orders) {
        Map<ReservationStatus, Integer> counts = new EnumMap<>(ReservationStatus.class);
        for (int i = 0; i < terminals.size(); i++) {
            TerminalCore t = terminals.get(i);
            MergedOrder o = orders.get(i);
            Await.until(DECIDED, t.config().terminalName() + " hears its decision",
                    () -> claim(t, o) != null && claim(t, o).status() != ReservationStatus.PENDING,
                    () -> "claim=" + claim(t, o) + " status=" + t.sync().status());
            counts.merge(claim(t, o).status(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Every reservation decision and balance of the item the branch's change log holds after {@code afterSeq},
     * read as a terminal reads it (an enrolled WebSocket client pulling).
     */
    public Log log(URI ws, long afterSeq) {
        ServerApi.Enrolled auditor = api.enrollNew(branch, "auditor " + System.nanoTime());
        List<Reservation> decisions = new ArrayList<>();
        List<StockBalance> balances = new ArrayList<>();
        try (SyncClient c = SyncClient.connect(ws, auditor.token())) {
            c.send(auditor.hello(0, afterSeq));
            long head = c.next(Welcome.class).branchHead();
            c.next(cedarpos.protocol.v1.Catalog.class);
            long cursor = afterSeq;
            while (cursor < head) {
                c.send(new Pull(cursor, 1000));
                Changes changes = c.next(Changes.class);
                for (cedarpos.protocol.v1.ChangeRecord r : changes.records()) {
                    cursor = r.seq();
                    if (r.entity().equals(Operations.STOCK_LEVEL) && r.recordId().equals(item.toString())) {
                        balances.add(StockJson.decodeBalance(r.payload()));
                    } else if (r.entity().equals(Operations.RESERVATION)) {
                        Reservation d = StockJson.decodeReservation(r.payload());
                        if (d.portions().stream().anyMatch(p -> p.item().equals(item))) {
                            decisions.add(d);
                        }
                    }
                }
            }
        } catch (ProtocolException e) {
            throw new AssertionError("the change log holds an unreadable stock record", e);
        }
        return new Log(decisions, balances);
    }

    /** The item's stock records in log order. */
    public record Log(List<Reservation> decisions, List<StockBalance> balances) {
    }

    /** The item's row of the manager's stock view. */
    public jakarta.json.JsonObject stock() {
        return api.stockItem(branch, item);
    }
}
