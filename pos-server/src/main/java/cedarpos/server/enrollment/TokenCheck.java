package cedarpos.server.enrollment;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;

/**
 * What a presented device token is worth. Terminal and branch are set only when
 * the status is VALID: a connection takes both from here, never from its messages.
 */
public record TokenCheck(Status status, TerminalId terminalId, BranchId branchId) {
    public enum Status {
        VALID,
        /** Never issued, or replaced by a newer enrollment. */
        UNKNOWN,
        REVOKED
    }

    public static TokenCheck valid(TerminalId terminalId, BranchId branchId) {
        return new TokenCheck(Status.VALID, terminalId, branchId);
    }

    public static TokenCheck refused(Status status) {
        return new TokenCheck(status, null, null);
    }
}
