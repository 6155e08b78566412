package cedarpos.terminal.app;

import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The headless order driver ({@code --drive-orders N/s}): a scripted cashier that places realistic orders
 * through the same {@link TerminalStore} books the order screen uses (open a table's check or a counter
 * order, add lines from the local menu, send them to the kitchen, settle some), for load tests, demos and the
 * chaos suite.
 *
 * <p>Each order id is appended to the <em>saved log</em> only after the store's SQLite commit returned, and
 * the log is fsynced before the next order: a line in that file is what "the terminal reported this order as
 * saved" means, so a checker can demand every one of them on the server after any crash. A kill between the
 * commit and the log write leaves an order that exists but is not claimed, never the reverse.
 *
 * <p>It works offline: before the first catalog ever arrived it waits for one (the catalog is stored locally,
 * so after a restart it starts at once, connected or not).
 */
public final class OrderDriver implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OrderDriver.class.getName());
    /** The saved log's name in the data directory when no {@code --drive-log} is given. */
    public static final String DEFAULT_LOG = "driven-orders.log";

    private final TerminalStore store;
    private final double perSecond;
    private final Random random;
    private final FileChannel log;
    private final Thread thread;
    private final List<MergedOrder> openChecks = new ArrayList<>();
    private volatile boolean closed;
    private long placed;

    private OrderDriver(TerminalStore store, double perSecond, long seed, FileChannel log) {
        this.store = store;
        this.perSecond = perSecond;
        this.random = new Random(seed);
        this.log = log;
        this.thread = new Thread(this::run, "order-driver");
        this.thread.setDaemon(true);
    }

    /**
     * Starts driving {@code perSecond} orders a second into {@code store}, appending ids to {@code savedLog}.
     *
     * @throws IllegalArgumentException when the rate is not positive
     * @throws UncheckedIOException     when the saved log cannot be opened for appending
     */
    public static OrderDriver start(TerminalStore store, double perSecond, long seed, Path savedLog) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("orders per second must be positive, got " + perSecond);
        }
        FileChannel ch;
        try {
            Path parent = savedLog.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ch = FileChannel.open(savedLog, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the saved-orders log " + savedLog, e);
        }
        OrderDriver d = new OrderDriver(store, perSecond, seed, ch);
        d.thread.start();
        LOG.info(() -> "order driver started rate=" + perSecond + "/s seed=" + seed + " log=" + savedLog);
        return d;
    }

    private void run() {
        try {
            awaitCatalog();
            long intervalNanos = (long) (1_000_000_000L / perSecond);
            long next = System.nanoTime();
            while (!closed) {
                next += intervalNanos;
                oneOrder();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                } else if (wait < -1_000_000_000L) {
                    next = System.nanoTime(); // fell behind (a slow disk): no burst to catch up
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.log(Level.SEVERE, "order driver stopped placed=" + placed, e);
            }
        }
    }

    private void awaitCatalog() throws InterruptedException {
        boolean logged = false;
        while (!closed && dishes().isEmpty()) {
            if (!logged) {
                LOG.info("order driver waiting for the first catalog");
                logged = true;
            }
            Thread.sleep(200);
        }
    }

    /** Plain dishes only (no required choice, no stock tracking): a scripted cashier asks no one anything. */
    private List<MenuItemId> dishes() {
        Set<MenuItemId> tracked = store.stock().dishes().keySet();
        return store.cashier().menu().stream().map(MenuItem::id).filter(id -> !tracked.contains(id))
                .filter(id -> store.cashier().modifiersFor(id).stream().noneMatch(ModifierGroup::required))
                .toList();
    }

    private void oneOrder() {
        List<MenuItemId> menu = dishes();
        List<DiningTable> tables = store.floor().tables();
        // settle an older check now and then, so tables free up as on a real floor
        if (!openChecks.isEmpty() && (openChecks.size() > 4 || random.nextInt(3) == 0)) {
            MergedOrder o = openChecks.remove(random.nextInt(openChecks.size()));
            try {
                store.payments().settle(o.id());
            } catch (IllegalStateException | IllegalArgumentException e) {
                LOG.fine(() -> "order driver could not settle order=" + o.id() + ": " + e.getMessage());
            }
        }
        TableId table = null;
        if (!tables.isEmpty() && random.nextInt(4) != 0) {
            table = tables.get(random.nextInt(tables.size())).id();
        }
        MergedOrder order;
        try {
            order = store.orders().open(table, 1 + random.nextInt(6), lines(menu, 1 + random.nextInt(4)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a table this terminal cannot open just now: a counter order, as a cashier would
            order = store.orders().open(null, 0, lines(menu, 1 + random.nextInt(4)));
        }
        saved(order);
        if (random.nextInt(2) == 0) {
            order = store.orders().addLines(order.id(), lines(menu, 1 + random.nextInt(2)));
        }
        order = store.orders().sendToKitchen(order.id());
        if (random.nextInt(2) == 0) {
            store.payments().settle(order.id());
        } else {
            openChecks.add(order);
        }
    }

    private List<NewLine> lines(List<MenuItemId> menu, int count) {
        List<NewLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String note = random.nextInt(5) == 0 ? "no onions" : null;
            lines.add(new NewLine(menu.get(random.nextInt(menu.size())), 1 + random.nextInt(3), note));
        }
        return lines;
    }

    /** The commit returned: only now is the order claimed, durably, before anything else happens. */
    private void saved(MergedOrder order) {
        ByteBuffer line = ByteBuffer.wrap((order.id() + "\n").getBytes(StandardCharsets.US_ASCII));
        try {
            while (line.hasRemaining()) {
                log.write(line);
            }
            log.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the saved-orders log", e);
        }
        placed++;
        if (placed % 100 == 0) {
            LOG.info("order driver placed=" + placed + " last=" + order.id());
        }
    }

    public long placed() {
        return placed;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            log.close();
        } catch (IOException e) {
            // the log was forced after every line; nothing is lost by a failed close
        }
    }
}
