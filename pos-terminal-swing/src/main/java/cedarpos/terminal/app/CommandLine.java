package cedarpos.terminal.app;

import cedarpos.domain.BranchId;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/** Parses the terminal's command line; anything wrong is a {@link UsageException} with a message for people. */
public final class CommandLine {
    public static final String DEFAULT_SERVER = "ws://localhost:8080/sync";
    public static final String DEMO_BRANCH = "b0000000-0000-4000-8000-000000000001";
    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: cedarpos-terminal [--server ws://HOST:PORT/sync] [--branch UUID] [--name NAME]",
            "                         [--data DIR] [--locale en|ar] [--headless]",
            "  --server    sync server WebSocket (default " + DEFAULT_SERVER + ")",
            "  --branch    branch id this terminal belongs to (default demo branch " + DEMO_BRANCH + ")",
            "  --name      terminal name shown to managers (default: host name)",
            "  --data      directory of the local database (default ~/.cedarpos/terminal)",
            "  --locale    UI language (default: system language)",
            "  --headless  run store and sync only, no window, until killed");

    /** A parsed command line. */
    public record Options(TerminalConfig config, Locale locale, boolean headless) {
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

    public static Options parse(String[] args, String hostName, Path home) throws UsageException {
        String server = DEFAULT_SERVER;
        String branch = DEMO_BRANCH;
        String name = hostName;
        Path data = home.resolve(".cedarpos").resolve("terminal");
        Locale locale = Locale.getDefault();
        boolean headless = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--headless" -> headless = true;
                case "--server" -> server = value(args, ++i, a);
                case "--branch" -> branch = value(args, ++i, a);
                case "--name" -> name = value(args, ++i, a);
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--locale" -> locale = Locale.forLanguageTag(value(args, ++i, a));
                default -> throw new UsageException("unknown argument: " + a);
            }
        }
        URI uri;
        try {
            uri = new URI(server);
        } catch (URISyntaxException e) {
            throw new UsageException("--server is not a URI: " + server);
        }
        if (uri.getHost() == null || !("ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme()))) {
            throw new UsageException("--server must look like ws://HOST:PORT/sync, got: " + server);
        }
        BranchId branchId;
        try {
            branchId = BranchId.parse(branch);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--branch " + e.getMessage());
        }
        if (name == null || name.isBlank()) {
            throw new UsageException("--name must not be blank");
        }
        return new Options(new TerminalConfig(data, uri, branchId, name), locale, headless);
    }

    private static String value(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }
}
