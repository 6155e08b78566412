package cedarpos.server.enrollment;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;

/** The answer to a successful enrollment; the token is shown this once and never stored in clear. */
public record Enrollment(TerminalId terminalId, BranchId branchId, String branchName, String token) {
}
