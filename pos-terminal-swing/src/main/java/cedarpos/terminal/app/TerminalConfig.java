package cedarpos.terminal.app;

import java.net.URI;
import java.nio.file.Path;

/**
 * Everything a terminal needs to start: where its database lives, which server it
 * syncs with, its name, and (first start only) the one-time enrollment code a
 * manager created for its branch. The branch itself comes from the server.
 *
 * @param serverUri      null: the address the till kept (from its enrollment or its last --server), else
 *                       {@link #FALLBACK_SERVER}; given, it replaces the kept one
 * @param terminalName   null: the name the till kept; needed to enroll
 * @param enrollmentCode null when the terminal is already enrolled; given, it (re-)enrolls
 */
public record TerminalConfig(Path dataDir, URI serverUri, String terminalName, String enrollmentCode) {
    /** The server of a till that was never told one (tills enrolled before the address was kept, --enroll alone). */
    public static final URI FALLBACK_SERVER = URI.create("ws://localhost:8080/sync");

    public TerminalConfig {
        if (dataDir == null) {
            throw new IllegalArgumentException("data directory is required");
        }
        if (serverUri != null && (serverUri.getHost() == null
                || !("ws".equals(serverUri.getScheme()) || "wss".equals(serverUri.getScheme())))) {
            throw new IllegalArgumentException("server must be a ws:// or wss:// URI, got " + serverUri);
        }
        if (terminalName != null && terminalName.isBlank()) {
            throw new IllegalArgumentException("terminal name must not be blank");
        }
        if (terminalName != null) {
            terminalName = terminalName.strip();
        }
        if (enrollmentCode != null) {
            enrollmentCode = enrollmentCode.trim();
            if (enrollmentCode.isEmpty()) {
                throw new IllegalArgumentException("enrollment code must not be blank");
            }
        }
    }

    /** Hides the code: it is a secret until used. */
    @Override
    public String toString() {
        return "TerminalConfig[dataDir=" + dataDir + ", serverUri=" + serverUri + ", terminalName=" + terminalName
                + ", enrollmentCode=" + (enrollmentCode == null ? "none" : "given") + "]";
    }
}
