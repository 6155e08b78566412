package cedarpos.terminal.printing;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thermal ESC/POS network printer for tests: a TCP server on 127.0.0.1 (an ephemeral port) that reads what
 * terminals send, answers real-time status queries (DLE EOT 1, 2, 3, 4) from its state, and keeps every job it was sent
 * as a {@link ReceivedTicket}, split at the cuts.
 *
 * <p>Like a real printer, a job that arrives while it cannot print (offline, paper out, cover open) is held and comes
 * out when the trouble is fixed; a connection that ends before the cut leaves a {@link #partialTickets() partial}
 * ticket. Faults to play with: {@link #unplug()} (connections refused), {@link #goOffline()}, {@link #paperOut()},
 * {@link #paperLow()}, {@link #openCover()}, {@link #ignoreStatusQueries()}, {@link #acceptSlowly(Duration)} and
 * {@link #dropConnectionAfter(long)}. Thread-safe: tests and the code under test may call it from any thread.
 */
public final class FakeEscPosPrinter implements AutoCloseable {
    private final PaperWidth paper;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-escpos-printer");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final List<ReceivedTicket> printed = new ArrayList<>();
    private final List<ReceivedTicket> held = new ArrayList<>();
    private final List<ReceivedTicket> partial = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger statusQueries = new AtomicInteger();
    private final AtomicLong armedDrop = new AtomicLong(-1);
    private volatile int port;
    private volatile ServerSocket server;
    /** Holds the port while unplugged: bound, not listening, so connections are refused and nobody else takes it. */
    private volatile Socket placeholder;
    private volatile boolean offline;
    private volatile boolean paperOut;
    private volatile boolean paperLow;
    private volatile boolean coverOpen;
    private volatile boolean silent;
    private volatile long slowNanosPerKb;

    private FakeEscPosPrinter(PaperWidth paper) {
        this.paper = paper;
    }

    /** A ready printer listening on 127.0.0.1 at an ephemeral port. */
    public static FakeEscPosPrinter start(PaperWidth paper) throws IOException {
        FakeEscPosPrinter printer = new FakeEscPosPrinter(paper);
        printer.listen(0);
        return printer;
    }

    public int port() {
        return port;
    }

    public PaperWidth paper() {
        return paper;
    }

    /** This printer as the branch's setup would name it. */
    public Printer printer(String code, String name) {
        return new Printer(code, name, "127.0.0.1", port, paper);
    }

    // ---- faults ----

    /** Stops listening and cuts every open connection: new connections are refused, as with a printer switched off. */
    public synchronized void unplug() {
        if (stopListening()) {
            placeholder = holdPort(port);
        }
    }

    private boolean stopListening() {
        ServerSocket s = server;
        if (s == null) {
            return false;
        }
        server = null;
        closeQuietly(s);
        open.forEach(FakeEscPosPrinter::cutConnection);
        return true;
    }

    /** Listens again on the same port. */
    public synchronized void plugIn() throws IOException {
        if (server == null) {
            closeQuietly(placeholder);
            placeholder = null;
            listen(port);
        }
    }

    /**
     * A socket bound to the port without listening: connections to it are refused, and other processes (the build
     * may run other tests' fake printers meanwhile) do not get the port when they ask for a free one.
     */
    static Socket holdPort(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (true) {
            Socket s = new Socket();
            try {
                s.setReuseAddress(true); // the closed listener's connections may linger in TIME_WAIT
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return s;
            } catch (IOException e) {
                closeQuietly(s);
                // the JDK closes a listener that a thread is blocked on a moment later: wait for it
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot hold port " + port + " while unplugged", e);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while holding port " + port, interrupted);
                }
            }
        }
    }

    /** Reachable but reporting offline (DLE EOT 1 bit 3, cause "error occurred"). */
    public void goOffline() {
        offline = true;
    }

    public void goOnline() {
        offline = false;
        releaseHeld();
    }

    public void paperOut() {
        paperOut = true;
    }

    /** The roll's near-end sensor trips: still printing, status PAPER_LOW. */
    public void paperLow() {
        paperLow = true;
    }

    /** A new roll: clears paper out and paper low, and prints what was held. */
    public void loadPaper() {
        paperOut = false;
        paperLow = false;
        releaseHeld();
    }

    public void openCover() {
        coverOpen = true;
    }

    public void closeCover() {
        coverOpen = false;
        releaseHeld();
    }

    /** Behaves like a printer that ignores DLE EOT: status queries get no answer at all. */
    public void ignoreStatusQueries() {
        silent = true;
    }

    public void answerStatusQueries() {
        silent = false;
    }

    /** Reads at most one KB per {@code perKb}, for every connection (status answers are delayed behind the job too). */
    public void acceptSlowly(Duration perKb) {
        slowNanosPerKb = perKb.toNanos();
    }

    public void acceptNormally() {
        slowNanosPerKb = 0;
    }

    /**
     * Arms one fault: the next connection that sends a job (anything besides its leading status queries) is reset
     * after {@code jobBytes} bytes of the job have been read. Later connections are not affected.
     */
    public void dropConnectionAfter(long jobBytes) {
        if (jobBytes < 0) {
            throw new IllegalArgumentException("bytes must be 0 or more");
        }
        armedDrop.set(jobBytes);
    }

    // ---- what it printed ----

    /** Tickets that came out, in order. */
    public List<ReceivedTicket> tickets() {
        synchronized (lock) {
            return List.copyOf(printed);
        }
    }

    /** Complete jobs that arrived while the printer could not print; they come out when it can. */
    public List<ReceivedTicket> heldTickets() {
        synchronized (lock) {
            return List.copyOf(held);
        }
    }

    /** What arrived on connections that ended before the job's cut (a drop, a timeout on the terminal's side). */
    public List<ReceivedTicket> partialTickets() {
        synchronized (lock) {
            return List.copyOf(partial);
        }
    }

    /** Waits until at least {@code count} tickets came out; fails the test with what did come out otherwise. */
    public List<ReceivedTicket> awaitTickets(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (printed.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " tickets within " + timeout + ", the printer printed "
                            + printed.size() + " (held " + held.size() + ", partial " + partial.size() + ")");
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return List.copyOf(printed);
        }
    }

    /** Waits until {@code count} connections ended before their cut (see {@link #partialTickets()}). */
    public List<ReceivedTicket> awaitPartialTickets(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (partial.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " partial tickets within " + timeout + ", got "
                            + partial.size());
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return List.copyOf(partial);
        }
    }

    /** Forgets every ticket (printed, held and partial); faults and counters stay. */
    public void clear() {
        synchronized (lock) {
            printed.clear();
            held.clear();
            partial.clear();
        }
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** DLE EOT queries read so far (answered or not). */
    public int statusQueries() {
        return statusQueries.get();
    }

    @Override
    public synchronized void close() {
        stopListening();
        closeQuietly(placeholder);
        placeholder = null;
        threads.shutdownNow();
    }

    // ---- the printer ----

    private boolean canPrint() {
        return !offline && !paperOut && !coverOpen;
    }

    /** DLE EOT n answers per the ESC/POS reference (fixed bits 1 and 4 set). */
    int statusByte(int n) {
        int answer = 0x12;
        switch (n) {
            case 1 -> answer |= canPrint() ? 0 : 0x08;
            case 2 -> answer |= (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0) | (offline ? 0x40 : 0);
            case 4 -> answer |= paperOut ? 0x6C : paperLow ? 0x0C : 0;
            default -> { }
        }
        return answer;
    }

    private void listen(int onPort) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        port = s.getLocalPort();
        server = s;
        threads.execute(() -> acceptLoop(s));
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket socket = s.accept();
                connections.incrementAndGet();
                open.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // unplugged or closed
            }
        }
    }

    private void serve(Socket socket) {
        OutputStream out;
        EscPosDecoder decoder = null;
        try {
            out = socket.getOutputStream();
            decoder = new EscPosDecoder(paper.dots(), new EscPosDecoder.Listener() {
                @Override
                public void statusQuery(int n) throws IOException {
                    statusQueries.incrementAndGet();
                    if (!silent) {
                        out.write(statusByte(n));
                        out.flush();
                    }
                }

                @Override
                public void ticket(ReceivedTicket ticket) {
                    received(ticket);
                }
            });
            decoder.read(new Wire(socket));
        } catch (IOException e) {
            // the terminal hung up, the link was cut, or a fault dropped it: what came is kept below
        } finally {
            open.remove(socket);
            closeQuietly(socket);
            if (decoder != null) {
                decoder.unfinished().ifPresent(this::receivedPartial);
            }
        }
    }

    private void received(ReceivedTicket ticket) {
        synchronized (lock) {
            (canPrint() ? printed : held).add(ticket);
            lock.notifyAll();
        }
    }

    private void receivedPartial(ReceivedTicket ticket) {
        synchronized (lock) {
            partial.add(ticket);
            lock.notifyAll();
        }
    }

    private void releaseHeld() {
        synchronized (lock) {
            if (canPrint() && !held.isEmpty()) {
                printed.addAll(held);
                held.clear();
                lock.notifyAll();
            }
        }
    }

    private static void cutConnection(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // an RST, as when a printer reboots mid-job
        } catch (SocketException ignored) {
            // already closed
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing left to release
        }
    }

    /**
     * The connection as the printer reads it: slowed by {@link #acceptSlowly}, cut by {@link #dropConnectionAfter}.
     * The drop is claimed by the first connection whose bytes are more than status queries.
     */
    private final class Wire extends FilterInputStream {
        private final Socket socket;
        private long read;
        private int queryPosition;
        private boolean jobStarted;
        private long dropAt = -1;

        Wire(Socket socket) throws IOException {
            super(new BufferedInputStream(socket.getInputStream()));
            this.socket = socket;
        }

        @Override
        public int read() throws IOException {
            if (dropAt >= 0 && read >= dropAt) {
                cutConnection(socket);
                throw new SocketException("dropped by the test after " + dropAt + " bytes");
            }
            int b = super.read();
            if (b < 0) {
                return b;
            }
            if (!jobStarted) {
                noticeJobStart(b);
            }
            read++;
            long slow = slowNanosPerKb;
            if (slow > 0 && read % 1024 == 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(slow);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SocketException("printer stopped");
                }
            }
            return b;
        }

        /** Leading DLE EOT n triplets are status checks; the first other byte starts the job. */
        private void noticeJobStart(int b) {
            boolean query = queryPosition == 0 ? b == 0x10 : queryPosition == 1 ? b == 0x04 : true;
            if (query) {
                queryPosition = (queryPosition + 1) % 3;
                return;
            }
            jobStarted = true;
            long armed = armedDrop.getAndSet(-1);
            if (armed >= 0) {
                dropAt = read + armed;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // byte by byte, so that slowing and dropping happen at exact counts
            int n = 0;
            while (n < len) {
                int c = n == 0 || in.available() > 0 ? read() : -2;
                if (c < 0) {
                    break;
                }
                b[off + n++] = (byte) c;
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }
}
