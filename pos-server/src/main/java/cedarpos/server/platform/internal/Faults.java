package cedarpos.server.platform.internal;

import cedarpos.server.platform.FaultInjection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Handler;
import java.util.logging.Logger;

@ApplicationScoped
public class Faults implements FaultInjection {
    private static final Logger LOG = Logger.getLogger(Faults.class.getName());

    @Override
    public void trip(String fault, String detail) {
        if (!fault.equals(Settings.fault())) {
            return;
        }
        LOG.severe(() -> "FAULT INJECTED: " + fault + " (" + detail + "); halting with exit code 137");
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        System.out.flush();
        // halt, not exit: no shutdown hook may close the database or write the witness, exactly like a crash
        Runtime.getRuntime().halt(137);
    }
}
