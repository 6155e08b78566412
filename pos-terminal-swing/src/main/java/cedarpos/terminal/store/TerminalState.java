package cedarpos.terminal.store;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.TerminalId;
import java.util.OptionalLong;

/**
 * Who this terminal is and how far it has synced.
 *
 * @param nextSeq        the sequence number the next outbox entry gets
 * @param lastAckedSeq   highest own sequence the server acked
 * @param cursor         highest branch change sequence applied here
 * @param serverEpoch    the server database identity last seen (null before the first welcome)
 * @param branchName     from the catalog (null before the first catalog)
 * @param currency       the branch currency from the catalog (null before the first catalog)
 */
public record TerminalState(TerminalId terminalId, BranchId branchId, String name, long nextSeq, long lastAckedSeq,
                            long cursor, String serverEpoch, long catalogVersion, String branchName,
                            Currency currency, OptionalLong lastSyncAtMs) {
}
