package cedarpos.server.changelog;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Message;
import java.util.List;

/**
 * A branch's lock, held until the transaction that took it ({@link ChangeLog#lock}) ends: the one place where
 * sequences are assigned, records appended to the log, and setup changes turned into catalog versions.
 */
public interface BranchLock {
    BranchId branch();

    /** The last sequence assigned, committed or not. */
    long head();

    /** Assigns the next sequence. */
    long nextSeq();

    /**
     * Appends a record whose sequence {@link #nextSeq()} gave.
     *
     * @param payloadText the record's payload as JSON text, as stored (a caller that has it already passes it)
     */
    void append(ChangeRecord record, String payloadText);

    /**
     * Writes what was appended and announces it: {@link cedarpos.server.broadcast.BranchChangesCommitted}, sent to
     * the branch's terminals once the transaction commits.
     *
     * @param originSessionId the session whose message caused the change, or null
     * @param originReply     sent to that session before the changes (its ack), or null
     */
    void committed(List<ChangeRecord> records, String originSessionId, Message originReply);

    /**
     * The branch's setup (menu, floor, staff, rate, VAT, stock items, recipes, printing) changed in this
     * transaction: fires {@link BranchSetupChanged}, whose observer gives the branch a new catalog version and sends
     * the new catalog to its terminals once the transaction commits.
     *
     * @return the catalog published
     */
    Catalog setupChanged();
}
