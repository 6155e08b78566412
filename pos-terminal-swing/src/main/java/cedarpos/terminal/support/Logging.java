package cedarpos.terminal.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** java.util.logging set up for one line per event, libraries kept to warnings. */
public final class Logging {
    // JUL holds loggers weakly: keep the configured ones alive or their level is forgotten
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.flywaydb"),
            Logger.getLogger("org.apache.ibatis"),
            Logger.getLogger("org.glassfish.tyrus"),
            Logger.getLogger("org.glassfish.grizzly"));

    private Logging() {
    }

    /** Keeps Flyway, MyBatis and Tyrus quiet unless something is wrong. Idempotent. */
    public static void quietLibraries() {
        for (Logger l : QUIETED) {
            l.setLevel(Level.WARNING);
        }
    }

    /** For the application's main: one-line format on stderr. */
    public static void install() {
        quietLibraries();
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new OneLine());
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
    }

    /** "2026-11-25 12:32:18.123 INFO  [sync] connected terminal=..." */
    public static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            String logger = r.getLoggerName() == null ? "" : r.getLoggerName();
            String shortName = logger.substring(logger.lastIndexOf('.') + 1);
            StringBuilder b = new StringBuilder(160)
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(String.format("%-7s", r.getLevel().getName()))
                    .append('[').append(shortName).append("] ")
                    .append(formatMessage(r).replace('\n', ' '));
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                b.append(System.lineSeparator()).append(w);
            }
            return b.append(System.lineSeparator()).toString();
        }
    }
}
