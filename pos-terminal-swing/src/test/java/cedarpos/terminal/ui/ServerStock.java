package cedarpos.terminal.ui;

import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH_BALLS;
import static cedarpos.terminal.testing.LebaneseCatalog.KOFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.MIXED_GRILL;
import static cedarpos.terminal.testing.LebaneseCatalog.TAWOOK;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.StockBalance;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.StockJson;
import cedarpos.terminal.store.TerminalStore;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * What the server says about stock (its decision on a line's claim, a stock item's balance), put into a store the
 * way a pull would: as change records of the branch log. For stores on the catalog of
 * {@code LebaneseCatalog.withStock}.
 */
public final class ServerStock {
    static final TerminalId SERVER = new TerminalId(Operations.SERVER_ORIGIN);
    static final Map<MenuItemId, List<Portion>> RECIPES = Map.of(
            KIBBEH, List.of(new Portion(KIBBEH_BALLS, 6)),
            MIXED_GRILL, List.of(new Portion(KOFTA, 1), new Portion(TAWOOK, 2)));

    private final TerminalStore store;

    public ServerStock(TerminalStore store) {
        this.store = store;
    }

    /** The server decides the claim of the order's line of {@code dish}, which terminal {@code by} took. */
    public void decide(MergedOrder order, MenuItemId dish, TerminalId by, int requested, int confirmed,
                       long version) {
        MergedLine l = order.lines().stream().filter(x -> x.line().menuItemId().equals(dish)).findFirst()
                .orElseThrow();
        Reservation r = new Reservation(l.line().id(), order.id(), dish, l.line().name(), by, RECIPES.get(dish),
                requested, confirmed, 0, version, 1_000);
        pull(Operations.RESERVATION, r.line().toString(), StockJson.encode(r));
    }

    /** Denies every portion the line of {@code dish} asked for; the line was taken on this store's terminal. */
    public void deny(MergedOrder order, MenuItemId dish) {
        int quantity = order.lines().stream().filter(x -> x.line().menuItemId().equals(dish)).findFirst()
                .orElseThrow().line().quantity();
        decide(order, dish, store.terminalId(), quantity, 0, 1);
    }

    /** The server's balance of a stock item: {@code level - held} is what new claims can take. */
    public void balance(StockItemId item, long level, long held, long version) {
        StockBalance b = new StockBalance(item, level, held, version);
        pull(Operations.STOCK_LEVEL, item.toString(), StockJson.encode(b));
    }

    private void pull(String entity, String recordId, JsonObject payload) {
        long seq = store.state().cursor() + 1;
        store.syncLog().applyChanges(new Changes(seq, List.of(new ChangeRecord(seq, entity, recordId, SERVER, 1_000,
                payload))));
    }
}
