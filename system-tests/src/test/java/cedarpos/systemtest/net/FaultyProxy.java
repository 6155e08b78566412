package cedarpos.systemtest.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A TCP proxy on 127.0.0.1 between terminals and the server that can be told to
 * misbehave like a restaurant's router: cut every connection (reset), refuse new
 * ones, stall (connections accepted, nothing forwarded either way, as a wedged
 * router or a half-dead Wi-Fi does), or hold bytes back for a while. Network
 * faults for tests without a container runtime.
 */
public final class FaultyProxy implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FaultyProxy.class.getName());

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faulty-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong delayMs = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private volatile boolean refusing;
    private volatile boolean stalled;
    private volatile boolean closed;

    public FaultyProxy(int targetPort) throws IOException {
        this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Resets every open connection, as a router reboot or a cable pulled out would. */
    public void cutAll() {
        for (Socket s : open) {
            reset(s);
        }
        LOG.info(() -> "proxy cut all connections port=" + port());
    }

    /** While down, new connections are reset at once and open ones are cut. */
    public void down() {
        refusing = true;
        cutAll();
    }

    public void up() {
        refusing = false;
        LOG.info(() -> "proxy up port=" + port());
    }

    /**
     * While stalled, connections are accepted (new ones too) and stay open, but no byte is forwarded in either
     * direction: only a peer's own timeout can notice. Bytes held back flow again after {@link #unstall()}.
     */
    public void stall() {
        stalled = true;
        LOG.info(() -> "proxy stalled port=" + port());
    }

    public void unstall() {
        stalled = false;
        LOG.info(() -> "proxy unstalled port=" + port());
    }

    /** Every fault lifted: accepting, forwarding, no delay. */
    public void heal() {
        delay(0);
        unstall();
        up();
    }

    /** Holds every chunk of bytes this long before forwarding it (0 = no delay). */
    public void delay(long millis) {
        delayMs.set(millis);
    }

    public long connectionsAccepted() {
        return accepted.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        cutAll();
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (refusing) {
                reset(client);
                continue;
            }
            accepted.incrementAndGet();
            threads.execute(() -> bridge(client));
        }
    }

    private void bridge(Socket client) {
        Socket server = new Socket();
        try {
            server.connect(target, 2000);
        } catch (IOException e) {
            reset(client);
            closeQuietly(server);
            return;
        }
        open.add(client);
        open.add(server);
        threads.execute(() -> pump(client, server));
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                while (stalled && !closed) {
                    Thread.sleep(20);
                }
                long d = delayMs.get();
                if (d > 0) {
                    Thread.sleep(d);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // a cut or a closed peer ends the pump; the other side is reset below
        } finally {
            reset(from);
            reset(to);
        }
    }

    private void reset(Socket s) {
        open.remove(s);
        try {
            // linger 0 sends RST instead of FIN: the peer sees a failure, not a polite close
            s.setSoLinger(true, 0);
        } catch (SocketException e) {
            // already closed
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
