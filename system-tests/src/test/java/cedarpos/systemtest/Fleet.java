package cedarpos.systemtest;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItem;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.TableId;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.systemtest.net.FaultyProxy;
import cedarpos.terminal.app.TerminalConfig;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.sync.SyncWorker;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Terminals of one branch enrolled against one real server: what every system
 * test and benchmark needs, in one place.
 */
public final class Fleet implements AutoCloseable {
    public static final Duration CONNECT = Duration.ofSeconds(30);

    private final PayaraServer server;
    private final Path work;
    private final BranchId branch;
    private final ServerApi admin;
    private final List<TerminalCore> terminals = new ArrayList<>();
    private final List<FaultyProxy> proxies = new ArrayList<>();

    public Fleet(PayaraServer server, Path work, BranchId branch) {
        this.server = server;
        this.work = work;
        this.branch = branch;
        this.admin = ServerApi.asAdmin(server.httpUrl(), ItServers.ADMIN_USER, ItServers.ADMIN_PASSWORD);
    }

    public ServerApi api() {
        return admin;
    }

    /** A fresh enrollment code of this fleet's branch. */
    public String enrollmentCode() {
        return admin.createEnrollmentCode(branch, 15);
    }

    /** Enrolls and starts a terminal talking to the server directly. */
    public TerminalCore start(String name) {
        return start(name, server.wsUrl());
    }

    /** Enrolls (first time) and starts a terminal talking to {@code via}, e.g. a faulty proxy. */
    public TerminalCore start(String name, URI via) {
        return start(name, via, SyncWorker.Options.defaults());
    }

    public TerminalCore start(String name, URI via, SyncWorker.Options options) {
        return start(name, via, options, Clock.systemUTC());
    }

    /** As above, on {@code clock}: a terminal whose clock is wrong, as POS clocks often are. */
    public TerminalCore start(String name, URI via, SyncWorker.Options options, Clock clock) {
        Path dir = dataDir(name);
        String code = java.nio.file.Files.exists(dir.resolve("terminal.db")) ? null : enrollmentCode();
        TerminalCore t = TerminalCore.start(new TerminalConfig(dir, via, name, code), options, clock);
        terminals.add(t);
        return t;
    }

    /** A terminal linked to the server through its own proxy, online with the catalog. */
    public Linked startLinked(String name, Clock clock) {
        try {
            FaultyProxy proxy = new FaultyProxy(server.port());
            proxies.add(proxy);
            TerminalCore t = start(name, URI.create("ws://127.0.0.1:" + proxy.port() + "/sync"),
                    SyncWorker.Options.defaults(), clock);
            awaitOnline(t);
            return new Linked(t, proxy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Linked startLinked(String name) {
        return startLinked(name, Clock.systemUTC());
    }

    public Path dataDir(String name) {
        return work.resolve(name.replace(' ', '-'));
    }

    public static void awaitOnline(TerminalCore t) {
        Await.until(CONNECT, t.config().terminalName() + " online with the catalog",
                () -> t.sync().status().online() && !t.store().cashier().menu().isEmpty());
    }

    /** The dishes a till can order without asking anything (no required modifier): what scripted orders use. */
    public static List<cedarpos.domain.MenuItemId> plainDishes(TerminalCore t) {
        return t.store().cashier().menu().stream().map(MenuItem::id).filter(id -> t.store().cashier().modifiersFor(
                id).stream()
                .noneMatch(cedarpos.domain.ModifierGroup::required)).toList();
    }

    public static MergedOrder placeOrder(TerminalCore t, int lines) {
        List<cedarpos.domain.MenuItemId> menu = plainDishes(t);
        List<NewLine> newLines = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            newLines.add(new NewLine(menu.get(i % menu.size()), i + 1));
        }
        TableId table = t.store().floor().tables().get(0).id();
        return t.store().orders().place(table, newLines);
    }

    public static List<String> ids(List<MergedOrder> orders) {
        return orders.stream().map(o -> o.id().toString()).collect(Collectors.toList());
    }

    public List<String> serverOrderIds() {
        return admin.orders(branch).getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(o -> o.getString("id")).collect(Collectors.toList());
    }

    /** Closes one terminal early (it stays closed at the end). */
    public void stop(TerminalCore t) {
        terminals.remove(t);
        t.close();
    }

    @Override
    public void close() {
        for (TerminalCore t : terminals) {
            try {
                t.close();
            } catch (RuntimeException e) {
                // close the others; the test already reported what failed
            }
        }
        terminals.clear();
        proxies.forEach(FaultyProxy::close);
        proxies.clear();
    }
}
