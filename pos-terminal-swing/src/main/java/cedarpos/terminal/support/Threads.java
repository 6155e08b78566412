package cedarpos.terminal.support;

import java.awt.EventQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where work runs: database and network on the IO executor, UI changes on the
 * event dispatch thread. Presenters take one of these so that tests can run them
 * synchronously without a display.
 */
public final class Threads {
    private final Executor io;
    private final Executor edt;

    public Threads(Executor io, Executor edt) {
        this.io = io;
        this.edt = edt;
    }

    /** Two daemon IO threads and the real EDT. */
    public static Threads swing() {
        AtomicInteger n = new AtomicInteger();
        ExecutorService io = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "cedarpos-io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new Threads(io, Threads::runOnEdt);
    }

    /** Everything on the calling thread: for presenter tests. */
    public static Threads direct() {
        return new Threads(Runnable::run, Runnable::run);
    }

    public <T> CompletableFuture<T> onIo(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }

    public CompletableFuture<Void> onIo(Runnable work) {
        return CompletableFuture.runAsync(work, io);
    }

    public void onEdt(Runnable work) {
        edt.execute(work);
    }

    public Executor edt() {
        return edt;
    }

    private static void runOnEdt(Runnable work) {
        if (EventQueue.isDispatchThread()) {
            work.run();
        } else {
            EventQueue.invokeLater(work);
        }
    }
}
