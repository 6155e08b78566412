package cedarpos.terminal.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's address as a person types it, made into the sync WebSocket URI: {@code 192.168.1.10},
 * {@code server:8080}, {@code http://server:8080}, {@code https://pos.example.com}, the web admin's address
 * ({@code http://server:8080/admin/}) or {@code ws://server:8080/sync} all name the same server. Without a scheme
 * or with http/ws the port is 8080 unless given; https/wss keep their own default (443, behind a TLS proxy).
 */
public final class ServerAddress {
    public static final int DEFAULT_PORT = 8080;
    private static final String SYNC = "/sync";

    private ServerAddress() {
    }

    /** The sync URI, or empty when what was typed cannot be a server's address. */
    public static Optional<URI> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        int sep = s.indexOf("://");
        String scheme;
        if (sep < 0) {
            scheme = "ws";
            s = "ws://" + s;
        } else {
            scheme = switch (s.substring(0, sep).toLowerCase(Locale.ROOT)) {
                case "ws", "http" -> "ws";
                case "wss", "https" -> "wss";
                default -> null;
            };
            if (scheme == null) {
                return Optional.empty();
            }
            s = scheme + s.substring(sep);
        }
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (u.getHost() == null || u.getRawUserInfo() != null || u.getHost().isEmpty()) {
            return Optional.empty();
        }
        int port = u.getPort();
        if (port == -1 && "ws".equals(scheme)) {
            port = DEFAULT_PORT;
        }
        if (port == 0 || port > 65_535) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(scheme, null, u.getHost(), port, syncPath(u.getPath()), null, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Keeps a context root the server may live under; the web admin's pages point to the same server. */
    private static String syncPath(String path) {
        String p = path == null ? "" : path;
        int admin = (p + "/").indexOf("/admin/");
        if (admin >= 0) {
            p = p.substring(0, admin);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.endsWith(SYNC) ? p : p + SYNC;
    }

    /**
     * A page or call of the server a sync URI names, over HTTP: ws becomes http, wss https, and {@code .../sync}
     * becomes {@code .../<path>} under the same context root ({@code ws://host:8080/sync} with {@code /admin/} is
     * {@code http://host:8080/admin/}).
     */
    public static URI web(URI syncUri, String path) {
        String scheme = "wss".equals(syncUri.getScheme()) ? "https" : "http";
        String p = syncUri.getPath() == null ? "" : syncUri.getPath();
        String prefix = p.endsWith(SYNC) ? p.substring(0, p.length() - SYNC.length()) : "";
        try {
            return new URI(scheme, null, syncUri.getHost(), syncUri.getPort(), prefix + path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no address of " + path + " for " + syncUri, e);
        }
    }

    /** The web admin's address on the server a sync URI names, where a manager sets up the branch. */
    public static URI admin(URI syncUri) {
        return web(syncUri, "/admin/");
    }

    /** How the address reads to a person: host and port ({@code 192.168.1.10:8080}), scheme when secure. */
    public static String shown(URI syncUri) {
        String hostPort = syncUri.getPort() == -1 ? syncUri.getHost() : syncUri.getHost() + ":" + syncUri.getPort();
        return "wss".equals(syncUri.getScheme()) ? "https://" + hostPort : hostPort;
    }
}
