package cedarpos.terminal.app;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Parses the terminal's command line; anything wrong is a {@link UsageException} with a message for people. */
public final class CommandLine {
    public static final String DEFAULT_SERVER = "ws://localhost:8080/sync";
    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: cedarpos-terminal [--server ws://HOST:PORT/sync] [--enroll CODE | --enroll-file PATH]",
            "                         [--name NAME] [--data DIR] [--locale en|ar] [--headless]",
            "  --server       sync server WebSocket (default " + DEFAULT_SERVER + ")",
            "  --enroll       one-time enrollment code from a manager: on the first start, or to re-enroll",
            "  --enroll-file  read the enrollment code from this file instead",
            "  --name         terminal name shown to managers (default: host name)",
            "  --data         directory of the local database (default ~/.cedarpos/terminal)",
            "  --locale       UI language (default: system language)",
            "  --headless     run store and sync only, no window, until killed");

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
        String code = null;
        Path codeFile = null;
        String name = hostName;
        Path data = home.resolve(".cedarpos").resolve("terminal");
        Locale locale = Locale.getDefault();
        boolean headless = false;
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
        if (code != null && codeFile != null) {
            throw new UsageException("give --enroll or --enroll-file, not both");
        }
        if (codeFile != null) {
            code = readCode(codeFile);
        }
        if (code != null && code.isBlank()) {
            throw new UsageException("--enroll needs a code, got a blank one");
        }
        if (name == null || name.isBlank()) {
            throw new UsageException("--name must not be blank");
        }
        return new Options(new TerminalConfig(data, uri, name, code == null ? null : code.trim()), locale, headless);
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
