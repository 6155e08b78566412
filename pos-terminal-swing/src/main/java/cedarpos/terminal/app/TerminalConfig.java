package cedarpos.terminal.app;

import cedarpos.domain.BranchId;
import java.net.URI;
import java.nio.file.Path;

/** Everything a terminal needs to start: where its database lives and which server and branch it syncs with. */
public record TerminalConfig(Path dataDir, URI serverUri, BranchId branchId, String terminalName) {
    public TerminalConfig {
        if (dataDir == null) {
            throw new IllegalArgumentException("data directory is required");
        }
        if (serverUri == null || !("ws".equals(serverUri.getScheme()) || "wss".equals(serverUri.getScheme()))) {
            throw new IllegalArgumentException("server must be a ws:// or wss:// URI, got " + serverUri);
        }
        if (branchId == null) {
            throw new IllegalArgumentException("branch id is required");
        }
        if (terminalName == null || terminalName.isBlank()) {
            throw new IllegalArgumentException("terminal name is required");
        }
    }
}
