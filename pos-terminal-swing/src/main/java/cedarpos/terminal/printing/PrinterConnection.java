package cedarpos.terminal.printing;

import cedarpos.domain.printing.Printer;
import cedarpos.terminal.printing.SendOutcome.Delivery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Talks to one ESC/POS printer over raw TCP (port 9100 on most), one short connection per call, so that instances are
 * stateless and may be shared between threads. Printer trouble never throws: {@link #status()} and {@link #send}
 * return it as values.
 *
 * <p>How a job is judged (see {@link Delivery}): before the first byte the printer is asked for its status; if it
 * says it cannot print, nothing is sent ({@code NOT_SENT}). After the last byte a real-time status query (DLE EOT 1)
 * follows on the same connection. A printer acts on DLE EOT as soon as it reads it, which it can only do after reading
 * every byte sent before it, so an answer proves the whole job sits in the printer ({@code ACCEPTED}). It does not
 * prove the paper came out: ESC/POS has no portable "printed" receipt. No answer within the write timeout, a dropped
 * connection, or an answer saying the printer stopped (paper out mid-ticket, cover opened) leaves it {@code UNKNOWN}.
 * A printer that never answered the status query before the job cannot confirm after it either: for such a printer a
 * complete write is as good as it gets and counts as accepted, with status {@code NO_STATUS}.
 */
public final class PrinterConnection {
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;
    private static final int CHUNK = 4096;
    /** Closes a connection whose write blocks past the deadline: plain sockets have no write timeout. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "printer-write-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Printer printer;
    private final Timeouts timeouts;

    public PrinterConnection(Printer printer) {
        this(printer, Timeouts.DEFAULT);
    }

    public PrinterConnection(Printer printer, Timeouts timeouts) {
        if (printer == null || timeouts == null) {
            throw new IllegalArgumentException("a printer connection needs its printer and timeouts");
        }
        this.printer = printer;
        this.timeouts = timeouts;
    }

    /**
     * How long to wait for each step.
     *
     * @param connect how long a TCP connection may take to open
     * @param read    how long an idle printer may take to answer a status query
     * @param write   how long the printer may take to read a whole job, from its first byte to the answer to the
     *                status query that follows it (a big raster ticket on a slow printer takes seconds)
     */
    public record Timeouts(Duration connect, Duration read, Duration write) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(2),
                Duration.ofSeconds(30));

        public Timeouts {
            for (Duration d : new Duration[] {connect, read, write}) {
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("printer timeouts must be positive, got " + d);
                }
            }
        }
    }

    public Printer printer() {
        return printer;
    }

    /** Asks the printer how it is (DLE EOT 1, then 2 or 4 as needed). */
    public StatusReport status() {
        try (Socket socket = open()) {
            PrinterStatus status = new StatusQuery(socket).read(millis(timeouts.read()));
            return new StatusReport(status, describe(status.message()));
        } catch (IOException e) {
            return new StatusReport(PrinterStatus.UNREACHABLE, unreachable(e));
        }
    }

    /** Sends one complete job (from {@link TicketPrinter#render}); see the class comment for how it is judged. */
    public SendOutcome send(byte[] job) {
        if (job == null || job.length == 0) {
            throw new IllegalArgumentException("a print job needs bytes");
        }
        Socket socket;
        try {
            socket = open();
        } catch (IOException e) {
            return new SendOutcome(Delivery.NOT_SENT, PrinterStatus.UNREACHABLE, unreachable(e), 0);
        }
        try {
            StatusQuery query = new StatusQuery(socket);
            PrinterStatus before;
            try {
                before = query.read(millis(timeouts.read()));
            } catch (IOException e) {
                return new SendOutcome(Delivery.NOT_SENT, PrinterStatus.UNREACHABLE,
                        describe("the connection failed before the job was sent: " + e.getMessage()), 0);
            }
            if (!before.canPrint()) {
                return new SendOutcome(Delivery.NOT_SENT, before,
                        describe(before.message() + "; the job was not sent"), 0);
            }
            return write(socket, query, job, before);
        } finally {
            closeQuietly(socket);
        }
    }

    private SendOutcome write(Socket socket, StatusQuery query, byte[] job, PrinterStatus before) {
        long writeMs = millis(timeouts.write());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(writeMs);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(socket);
        }, writeMs, TimeUnit.MILLISECONDS);
        int written = 0;
        try {
            OutputStream out = socket.getOutputStream();
            while (written < job.length) {
                int n = Math.min(CHUNK, job.length - written);
                out.write(job, written, n);
                written += n;
            }
            out.flush();
            if (before == PrinterStatus.NO_STATUS) {
                return new SendOutcome(Delivery.ACCEPTED, PrinterStatus.NO_STATUS, describe(
                        "job written; the printer does not answer status queries, so it is not confirmed"), written);
            }
            long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            PrinterStatus after = leftMs <= 0 ? null : query.readAfterJob(leftMs);
            if (after == null) {
                return unknown(written, "the printer did not confirm the job within " + writeMs + " ms");
            }
            if (!after.canPrint()) {
                return new SendOutcome(Delivery.UNKNOWN, after, describe("the printer took the job but now reports: "
                        + after.message() + "; it may print it once fixed, or lose it"), written);
            }
            return new SendOutcome(Delivery.ACCEPTED, after, describe("job accepted (" + written + " bytes)"),
                    written);
        } catch (IOException e) {
            return unknown(written, timedOut.get()
                    ? "the printer did not take the job within " + writeMs + " ms"
                    : "the connection failed during the job: " + e.getMessage());
        } finally {
            watchdog.cancel(false);
        }
    }

    private SendOutcome unknown(int written, String why) {
        return new SendOutcome(Delivery.UNKNOWN, PrinterStatus.UNREACHABLE,
                describe(why + " after " + written + " bytes; it may or may not have printed"), written);
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(printer.host(), printer.port()), millis(timeouts.connect()));
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private String describe(String what) {
        return printer.name() + " (" + printer.host() + ":" + printer.port() + "): " + what;
    }

    private String unreachable(IOException e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return describe(PrinterStatus.UNREACHABLE.message() + " (" + cause + ")");
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed: nothing left to release
        }
    }

    /**
     * DLE EOT real-time status on an open connection. Bits per the ESC/POS reference: every answer has bits 1 and 4
     * set and bits 0 and 7 clear. n=1 printer: bit 3 offline. n=2 offline cause: bit 2 cover open, bit 5 stopped by
     * paper end. n=4 roll sensor: bits 2-3 paper near end, bits 5-6 paper end.
     */
    private static final class StatusQuery {
        private final Socket socket;

        StatusQuery(Socket socket) {
            this.socket = socket;
        }

        /** @return {@link PrinterStatus#NO_STATUS} when the printer does not answer in time */
        PrinterStatus read(int timeoutMs) throws IOException {
            Integer printer = ask(1, timeoutMs);
            return printer == null ? PrinterStatus.NO_STATUS : classify(printer, timeoutMs);
        }

        /** @return null when the printer does not answer in time */
        PrinterStatus readAfterJob(long timeoutMs) throws IOException {
            InputStream in = socket.getInputStream();
            // a late answer to an earlier query must not pass for this one
            in.skip(in.available());
            Integer printer = ask(1, (int) Math.min(Integer.MAX_VALUE, timeoutMs));
            return printer == null ? null : classify(printer, millisFloor(timeoutMs));
        }

        private PrinterStatus classify(int printer, int timeoutMs) throws IOException {
            Integer paper;
            if ((printer & 0x08) != 0) {
                Integer cause = ask(2, timeoutMs);
                if (cause != null && (cause & 0x04) != 0) {
                    return PrinterStatus.COVER_OPEN;
                }
                paper = ask(4, timeoutMs);
                boolean paperEnd = cause != null && (cause & 0x20) != 0 || paper != null && (paper & 0x60) == 0x60;
                return paperEnd ? PrinterStatus.PAPER_OUT : PrinterStatus.OFFLINE;
            }
            paper = ask(4, timeoutMs);
            if (paper != null && (paper & 0x60) == 0x60) {
                return PrinterStatus.PAPER_OUT;
            }
            return paper != null && (paper & 0x0C) == 0x0C ? PrinterStatus.PAPER_LOW : PrinterStatus.READY;
        }

        private static int millisFloor(long timeoutMs) {
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMs));
        }

        /** @return the answer byte, or null on timeout or an answer that is not a status byte */
        private Integer ask(int n, int timeoutMs) throws IOException {
            socket.getOutputStream().write(new byte[] {DLE, EOT, (byte) n});
            socket.getOutputStream().flush();
            socket.setSoTimeout(Math.max(1, timeoutMs));
            int answer;
            try {
                answer = socket.getInputStream().read();
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (answer < 0) {
                throw new IOException("the printer closed the connection");
            }
            return (answer & 0x93) == 0x12 ? answer : null;
        }
    }
}
