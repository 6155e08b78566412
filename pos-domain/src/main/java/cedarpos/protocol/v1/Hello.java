package cedarpos.protocol.v1;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;

/**
 * Terminal to server, first frame on a connection.
 *
 * @param lastAckedSeq the highest outbox sequence the server has acked to this terminal
 * @param cursor       the highest branch change sequence this terminal has applied
 */
public record Hello(int protocolVersion, TerminalId terminalId, BranchId branchId, String terminalName,
                    long lastAckedSeq, long cursor, long clientTimeMs) implements Message {
    public static final String TYPE = "hello";

    @Override
    public String type() {
        return TYPE;
    }
}
