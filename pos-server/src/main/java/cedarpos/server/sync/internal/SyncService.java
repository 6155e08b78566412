package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/** Terminal registration, high-water marks and reads of the branch change log. */
@ApplicationScoped
public class SyncService {
    private static final Logger LOG = Logger.getLogger(SyncService.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private CatalogService catalogs;

    /** Registers the terminal on its first hello; refuses a branch other than the registered one. */
    @Transactional(rollbackOn = ProtocolException.class)
    public Greeting hello(Hello hello, String serverEpoch) throws ProtocolException {
        Optional<Catalog> catalog = catalogs.catalog(hello.branchId());
        if (catalog.isEmpty()) {
            throw new ProtocolException(ErrorCode.UNKNOWN_BRANCH, "branch " + hello.branchId()
                    + " is not a branch of this server");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        TerminalEntity terminal = em.find(TerminalEntity.class, hello.terminalId().toString());
        if (terminal == null) {
            terminal = new TerminalEntity(hello.terminalId().toString(), hello.branchId().toString(),
                    hello.terminalName(), now);
            em.persist(terminal);
            LOG.info(() -> "terminal registered terminal=" + hello.terminalId() + " branch=" + hello.branchId()
                    + " name=" + hello.terminalName());
        } else if (!terminal.branchId().equals(hello.branchId().toString())) {
            throw new ProtocolException(ErrorCode.BRANCH_MISMATCH, "terminal " + hello.terminalId()
                    + " is registered to another branch");
        } else {
            terminal.seen(hello.terminalName(), now);
        }
        long head = em.find(BranchHeadEntity.class, hello.branchId().toString()).changeHead();
        Welcome welcome = new Welcome(serverEpoch, System.currentTimeMillis(), terminal.lastAppliedSeq(), head);
        return new Greeting(welcome, catalog.get());
    }

    /** Change log records after {@code afterSeq}, ascending, and the head as it was when they were read. */
    @Transactional
    public Changes pull(BranchId branchId, long afterSeq, int limit) {
        // rows first, head second: the head read later is never below a row already read
        List<ChangeLogEntity> rows = em.createNamedQuery("ChangeLog.findAfter", ChangeLogEntity.class)
                .setParameter("branchId", branchId.toString()).setParameter("afterSeq", afterSeq)
                .setMaxResults(limit).getResultList();
        long head = em.find(BranchHeadEntity.class, branchId.toString()).changeHead();
        return new Changes(head, rows.stream().map(SyncService::toRecord).toList());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public OptionalLong head(BranchId branchId) {
        BranchHeadEntity b = em.find(BranchHeadEntity.class, branchId.toString());
        return b == null ? OptionalLong.empty() : OptionalLong.of(b.changeHead());
    }

    static ChangeRecord toRecord(ChangeLogEntity c) {
        try (JsonReader reader = Json.createReader(new StringReader(c.payload()))) {
            return new ChangeRecord(c.seq(), c.entity(), c.recordId(), TerminalId.parse(c.originTerminalId()),
                    c.committedAtMs(), reader.readObject());
        }
    }
}
