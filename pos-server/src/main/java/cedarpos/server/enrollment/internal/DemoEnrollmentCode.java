package cedarpos.server.enrollment.internal;

import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.enrollment.IssuedCode;
import cedarpos.domain.BranchId;
import cedarpos.server.platform.DatabaseReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo mode only: a fresh 24-hour enrollment code of the demo branch at every
 * start, written (just the code, one line) to {@code <data dir>/demo-enrollment-code}
 * so the demo launcher can enroll its terminal without a manager.
 */
@ApplicationScoped
public class DemoEnrollmentCode {
    static final String FILE = "demo-enrollment-code";
    static final BranchId DEMO_BRANCH = BranchId.parse("b0000000-0000-4000-8000-000000000001");
    private static final Logger LOG = Logger.getLogger(DemoEnrollmentCode.class.getName());

    @Inject
    private Enrollments enrollments;

    void onReady(@Observes DatabaseReady ready) {
        if (!ready.demo()) {
            return;
        }
        try {
            IssuedCode code = enrollments.createCode(DEMO_BRANCH, Duration.ofHours(24), "demo");
            Path file = ready.dataDir().resolve(FILE);
            Files.createDirectories(ready.dataDir());
            Files.writeString(file, code.code() + System.lineSeparator(), StandardCharsets.UTF_8);
            LOG.info(() -> "demo enrollment code written to " + file + " branch=" + DEMO_BRANCH
                    + " expiresAtMs=" + code.expiresAtMs());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "demo enrollment code not written: " + e);
        }
    }
}
