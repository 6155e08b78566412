package cedarpos.terminal.app;

import cedarpos.terminal.sync.ServerAddress;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Parses the terminal's command line; anything wrong is a {@link UsageException} with a message for people. */
public final class CommandLine {
    public static final String DEFAULT_SERVER = TerminalConfig.FALLBACK_SERVER.toString();
    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: cedarpos-terminal [--server ADDRESS] [--enroll CODE | --enroll-file PATH]",
            "                         [--name NAME] [--data DIR] [--locale en|ar] [--headless]",
            "A till that is not enrolled yet opens on its setup screen (server address, enrollment code, name,",
            "language); once enrolled it keeps its identity and its server's address, and starts with no flags.",
            "  --server       the server: 192.168.1.10, server:8080, http://server:8080 or ws://server:8080/sync",
            "                 (port 8080 unless given); replaces the address the till kept. Default: the kept one,",
            "                 else " + DEFAULT_SERVER + ". An empty value counts as not given (the Windows",
            "                 shortcuts pass the installer's SERVER_URL, empty unless it was set)",
            "  --enroll       one-time enrollment code from a manager (K7QM-2XPA-93HD): enroll without the setup",
            "                 screen (needed with --headless), or re-enroll an enrolled till",
            "  --enroll-file  read the enrollment code from this file instead",
            "  --name         terminal name shown to managers (default: the kept one, else the host name); an",
            "                 empty value counts as not given, as for --server",
            "  --data         directory of the local database (default ~/.cedarpos/terminal)",
            "  --locale       UI language, en or ar, for this run (default: the till's own, chosen on its setup",
            "                 screen or by the last language switch on it; else the system language)",
            "  --headless     run store and sync only, no window, until killed (must be enrolled, or given --enroll)",
            "  --help         print this text and exit",
            "  --drive-orders N/s  (with --headless) place N scripted orders a second through the store, as a",
            "                 cashier would (table or counter check, lines from the menu, sent, some settled); works",
            "                 offline once a catalog was received; for load tests, demos and the chaos suite",
            "  --drive-seed S      seed of the scripted orders (default 1)",
            "  --drive-log FILE    append each order id here once its commit returned, fsynced (default",
            "                 DATA/" + OrderDriver.DEFAULT_LOG + ")");

    /**
     * A parsed command line.
     *
     * @param locale the language given with --locale; null when none was: the till's own, else the system's
     */
    public record Options(TerminalConfig config, Locale locale, boolean headless, Drive drive) {
        public Options(TerminalConfig config, Locale locale, boolean headless) {
            this(config, locale, headless, null);
        }
    }

    /** The headless order driver's settings ({@code --drive-orders}); null in {@link Options} when not asked. */
    public record Drive(double perSecond, long seed, Path savedLog) {
    }

    /** The arguments cannot be used; the message says why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    private CommandLine() {
    }

    /** {@code --help} (or {@code -h}) anywhere: print {@link #USAGE} and do nothing else. */
    public static boolean wantsHelp(String[] args) {
        return java.util.Arrays.stream(args).anyMatch(a -> "--help".equals(a) || "-h".equals(a));
    }

    public static Options parse(String[] args, String hostName, Path home) throws UsageException {
        String server = null;
        String code = null;
        Path codeFile = null;
        String name = null;
        Path data = home.resolve(".cedarpos").resolve("terminal");
        Locale locale = null;
        boolean headless = false;
        String driveRate = null;
        String driveSeed = null;
        Path driveLog = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--headless" -> headless = true;
                case "--server" -> server = value(args, ++i, a);
                case "--enroll" -> code = value(args, ++i, a);
                case "--enroll-file" -> codeFile = Path.of(value(args, ++i, a));
                case "--name" -> name = value(args, ++i, a);
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--locale" -> locale = Locale.forLanguageTag(value(args, ++i, a));
                case "--drive-orders" -> driveRate = value(args, ++i, a);
                case "--drive-seed" -> driveSeed = value(args, ++i, a);
                case "--drive-log" -> driveLog = Path.of(value(args, ++i, a));
                default -> throw new UsageException("unknown argument: " + a);
            }
        }
        // the installer's shortcuts pass its properties as installed: empty means "not set", keep the till's own
        server = server == null || server.isBlank() ? null : server;
        name = name == null || name.isEmpty() ? null : name;
        URI uri = null;
        if (server != null) {
            String typed = server;
            uri = ServerAddress.parse(server).orElseThrow(() -> new UsageException("--server must be a server's"
                    + " address like 192.168.1.10, server:8080, http://server:8080 or ws://server:8080/sync, got: "
                    + typed));
        }
        if (code != null && codeFile != null) {
            throw new UsageException("give --enroll or --enroll-file, not both");
        }
        if (codeFile != null) {
            code = readCode(codeFile);
        }
        if (code != null && code.isBlank()) {
            throw new UsageException("--enroll needs a code, got a blank one");
        }
        if (name != null && name.isBlank()) {
            throw new UsageException("--name must not be blank");
        }
        if (name == null && code != null) {
            name = hostName;
        }
        Drive drive = drive(driveRate, driveSeed, driveLog, data, headless);
        return new Options(new TerminalConfig(data, uri, name, code == null ? null : code.trim()), locale, headless,
                drive);
    }

    private static Drive drive(String rate, String seed, Path log, Path data, boolean headless)
            throws UsageException {
        if (rate == null) {
            if (seed != null || log != null) {
                throw new UsageException("--drive-seed and --drive-log need --drive-orders");
            }
            return null;
        }
        if (!headless) {
            throw new UsageException("--drive-orders needs --headless (the driver and a cashier would share a till)");
        }
        String number = rate.endsWith("/s") ? rate.substring(0, rate.length() - 2) : rate;
        double perSecond;
        try {
            perSecond = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new UsageException("--drive-orders must look like 5/s or 0.5/s, got: " + rate);
        }
        if (!(perSecond > 0) || perSecond > 1000 || Double.isNaN(perSecond)) {
            throw new UsageException("--drive-orders must be more than 0 and at most 1000 a second, got: " + rate);
        }
        long s = 1;
        if (seed != null) {
            try {
                s = Long.parseLong(seed);
            } catch (NumberFormatException e) {
                throw new UsageException("--drive-seed must be a whole number, got: " + seed);
            }
        }
        return new Drive(perSecond, s, log != null ? log : data.resolve(OrderDriver.DEFAULT_LOG));
    }

    private static String readCode(Path file) throws UsageException {
        String code;
        try {
            code = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UsageException("--enroll-file cannot be read: " + file + " (" + e.getClass().getSimpleName()
                    + ")");
        }
        if (code.isEmpty()) {
            throw new UsageException("--enroll-file " + file + " is empty");
        }
        return code;
    }

    private static String value(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }
}
