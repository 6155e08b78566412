package cedarpos.server.enrollment;

import cedarpos.domain.TerminalId;

/**
 * A terminal enrolled in a branch, as its enrollment stands: its name, when its current token was issued (epoch ms;
 * its first enrollment for a terminal created before tokens), and whether a manager revoked that token.
 */
public record EnrolledTerminal(TerminalId terminalId, String name, long enrolledAtMs, boolean revoked) {
}
