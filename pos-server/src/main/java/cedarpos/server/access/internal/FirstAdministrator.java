package cedarpos.server.access.internal;

import cedarpos.server.access.Roles;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.platform.TypedCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A server started with no account at all and no {@code CEDARPOS_ADMIN_PASSWORD}: a one-time setup code, printed in
 * the log and written to {@code <data dir>/first-admin-setup-code}, lets whoever can read the server's log or disk
 * create the first administrator in the web admin ({@code POST /api/setup}). The code is spent by that, and replaced
 * after {@link #MAX_WRONG} wrong tries in a row; it lives in memory only, so a restart prints a new one.
 */
@ApplicationScoped
public class FirstAdministrator {
    static final String FILE = "first-admin-setup-code";
    static final int MAX_WRONG = 5;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private StaffDirectory staff;

    private String code;
    private Path file;
    private int wrong;

    /** At start: a code when there is no account to sign in with. */
    synchronized void offerIfNoAccount(Path dataDir) {
        if (!staff.accounts().isEmpty()) {
            return;
        }
        file = dataDir.resolve(FILE);
        issue("No account exists yet");
    }

    /** True while the server waits for its first administrator. */
    public synchronized boolean pending() {
        if (code != null && !staff.accounts().isEmpty()) {
            spend();
        }
        return code != null;
    }

    /**
     * Creates the first administrator (roles admin and manager) when {@code typedCode} is the code the server printed;
     * 409 SETUP_DONE once an account exists, 403 SETUP_CODE_REFUSED for another code, 400 INVALID_FIELD for a code of
     * the wrong shape, a user name or a password the accounts refuse.
     */
    public synchronized void create(String typedCode, String username, char[] password) {
        if (!pending()) {
            throw new RequestRefused(409, "SETUP_DONE", "the first administrator exists: sign in, or ask an "
                    + "administrator for an account");
        }
        String typed = TypedCodes.normalise(typedCode).orElseThrow(() -> RequestRefused.invalidField("code",
                "code must be " + TypedCodes.shape()));
        if (!MessageDigest.isEqual(typed.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
            wrong++;
            if (wrong >= MAX_WRONG) {
                issue(MAX_WRONG + " wrong setup codes in a row");
            }
            throw new RequestRefused(403, "SETUP_CODE_REFUSED", "this is not the setup code the server printed in its "
                    + "log at its last start (also in the file " + FILE + " of its data directory)");
        }
        staff.create(username, password, Set.of(Roles.ADMIN, Roles.MANAGER), Set.of(), "first-run setup");
        spend();
    }

    private void issue(String why) {
        String shown = TypedCodes.newCode();
        code = TypedCodes.normalise(shown).orElseThrow();
        wrong = 0;
        String written = write(shown);
        LOG.info(() -> why + ". To create the first administrator, open the web admin (http://THIS-SERVER:PORT/admin/)"
                + " and enter the setup code " + shown + written
                + ", or set CEDARPOS_ADMIN_PASSWORD and restart the server.");
    }

    private String write(String shown) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, shown + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException windows) {
                // the data directory's own permissions protect it
            }
            return " (also written to " + file + ")";
        } catch (IOException e) {
            LOG.log(Level.WARNING, "setup code not written to " + file + ": " + e);
            return "";
        }
    }

    private void spend() {
        code = null;
        wrong = 0;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "spent setup code left in " + file + ": " + e);
        }
    }
}
