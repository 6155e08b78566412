package cedarpos.server.platform;

/**
 * Test-only crash points (cedarpos.fault / CEDARPOS_FAULT, off by default).
 * A configured fault halts the JVM at its point, like a power cut: no shutdown
 * hook, no cleanup. Production never sets the key.
 */
public interface FaultInjection {
    /** Right after a push transaction commits, before its ack is written. */
    String HALT_AFTER_COMMIT = "halt-after-commit";

    /** Halts the process with exit code 137 if {@code fault} is the configured one; otherwise returns. */
    void trip(String fault, String detail);
}
