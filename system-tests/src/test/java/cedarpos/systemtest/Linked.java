package cedarpos.systemtest;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.systemtest.net.FaultyProxy;
import cedarpos.terminal.app.TerminalCore;
import jakarta.json.JsonObject;
import java.time.Duration;

/**
 * A terminal whose link to the server runs through its own proxy, so a test can
 * take it offline (router down, connections reset) and bring it back.
 */
record Linked(TerminalCore terminal, FaultyProxy link) {
    static final Duration SETTLE = Duration.ofSeconds(30);

    String name() {
        return terminal.config().terminalName();
    }

    /** Cuts the link and waits until the terminal itself shows offline. */
    Linked offline() {
        link.down();
        Await.until(SETTLE, name() + " shows offline", () -> !terminal.sync().status().online());
        return this;
    }

    /** Restores the link and waits until the terminal has drained its outbox. */
    Linked online() {
        link.up();
        Await.until(SETTLE, name() + " back online and drained",
                () -> terminal.sync().status().online() && terminal.store().pendingCount() == 0,
                () -> "status=" + terminal.sync().status() + " pending=" + terminal.store().pendingCount());
        return this;
    }

    MergedOrder order(OrderId id) {
        return terminal.store().orders().find(id)
                .orElseThrow(() -> new AssertionError(name() + " does not have order " + id));
    }

    /** The terminal's exact merge state of the order, in wire form, to compare with the server's. */
    JsonObject state(OrderId id) {
        return terminal.store().orders().findState(id).map(s -> OrderStateJson.encode(s, Currency.USD)).orElse(null);
    }

    MenuItemId item(String name) {
        return terminal.store().cashier().menu().stream().filter(m -> m.nameEn().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + name)).id();
    }
}
