package cedarpos.systemtest;

import java.awt.Graphics;
import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;

/**
 * Measures how long the window takes to repaint: a 2x2 component in the window's top layer asks to be repainted
 * every 20 ms from a background thread and notes when its paint runs. While the event dispatch thread is blocked
 * (the disk, the network, a long loop), paints wait; the longest wait is how long the till looked frozen.
 */
final class RepaintProbe extends JComponent implements AutoCloseable {
    private static final long serialVersionUID = 1L;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RepaintProbe.class.getName());
    private final transient List<Long> latenciesNs = Collections.synchronizedList(new ArrayList<>());
    private final transient List<String> stalls = Collections.synchronizedList(new ArrayList<>());
    private final transient List<String> stallsInTillCode = Collections.synchronizedList(new ArrayList<>());
    private volatile long requestedAtNs;
    private volatile boolean running = true;
    private final transient Thread ticker;

    private RepaintProbe() {
        setOpaque(false);
        setBounds(0, 0, 2, 2);
        ticker = new Thread(this::tick, "repaint-probe");
        ticker.setDaemon(true);
    }

    /** Adds the probe to {@code frame}'s top layer and starts asking; call on the EDT. */
    static RepaintProbe install(JFrame frame) {
        assert EventQueue.isDispatchThread();
        RepaintProbe p = new RepaintProbe();
        frame.getLayeredPane().add(p, JLayeredPane.DRAG_LAYER);
        p.ticker.start();
        return p;
    }

    private void tick() {
        long reportedFor = 0;
        while (running) {
            long asked = requestedAtNs;
            if (asked == 0) {
                requestedAtNs = System.nanoTime();
                repaint();
            } else if (asked != reportedFor && System.nanoTime() - asked > 60_000_000L) {
                // a paint late by more than 60 ms: what is the event dispatch thread doing?
                reportedFor = asked;
                stall();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void stall() {
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith("AWT-EventQueue")) {
                StringBuilder b = new StringBuilder("repaint late by more than 60 ms; the EDT is at:");
                for (int i = 0; i < Math.min(stack.length, 25); i++) {
                    b.append("\n    at ").append(stack[i]);
                }
                stalls.add(b.toString());
                if (inTillCode(stack)) {
                    stallsInTillCode.add(b.toString());
                }
                LOG.warning(b::toString);
            }
        });
    }

    /**
     * True when the event dispatch thread is running the till's own code: a late paint then means the till did
     * slow work on it. A late paint while it waits for events or runs Swing's painting is the machine being busy.
     */
    static boolean inTillCode(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("cedarpos.terminal.")) {
                return true;
            }
        }
        return false;
    }

    /** The late paints during which the event dispatch thread was in the till's own code (see {@link #inTillCode}). */
    List<String> stallsInTillCode() {
        synchronized (stallsInTillCode) {
            return List.copyOf(stallsInTillCode);
        }
    }

    /** What the event dispatch thread was doing each time a paint ran late, for the failure message. */
    List<String> stalls() {
        synchronized (stalls) {
            return List.copyOf(stalls);
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        long asked = requestedAtNs;
        if (asked != 0) {
            latenciesNs.add(System.nanoTime() - asked);
            requestedAtNs = 0;
        }
    }

    /** Forgets what was measured so far: a new phase starts. */
    void reset() {
        latenciesNs.clear();
        stalls.clear();
        stallsInTillCode.clear();
    }

    /** Repaint latencies of this phase, in ms, plus the wait of a repaint asked for and not done yet. */
    Stats stats() {
        List<Long> copy;
        synchronized (latenciesNs) {
            copy = new ArrayList<>(latenciesNs);
        }
        long pending = requestedAtNs;
        if (pending != 0) {
            copy.add(System.nanoTime() - pending);
        }
        Collections.sort(copy);
        return new Stats(copy.size(), pct(copy, 0.5), pct(copy, 0.99), copy.isEmpty() ? 0 : copy.get(copy.size() - 1)
                / 1_000_000.0);
    }

    private static double pct(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())))
                / 1_000_000.0;
    }

    record Stats(int samples, double p50Ms, double p99Ms, double maxMs) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "samples=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", samples,
                    p50Ms, p99Ms, maxMs);
        }
    }

    @Override
    public void close() {
        running = false;
        ticker.interrupt();
    }
}
