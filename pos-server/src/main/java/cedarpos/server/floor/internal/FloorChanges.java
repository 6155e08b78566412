package cedarpos.server.floor.internal;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.access.AuditLog;
import cedarpos.server.branch.Branches;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A manager lays out a branch's floor: adds a table, or renames, moves to another area or reseats one, and gives an
 * area its Arabic name. Under the branch lock, audited, sent to the tills as a new catalog. A table's label is unique in its branch (409
 * TABLE_LABEL_TAKEN). Its status register is the tills' (merge rule "table status") and never changes here.
 */
@ApplicationScoped
public class FloorChanges {
    private static final Logger LOG = Logger.getLogger(FloorChanges.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private AuditLog audit;

    @Inject
    private Branches branches;

    /** What a manager sets on a table. */
    public record TableFields(String label, String area, int seats) {
    }

    public record Table(String id, TableFields fields) {
    }

    /** An area of the branch's tables: its Arabic name (null when it has none: it shows as typed), how many tables. */
    public record Area(String name, String nameAr, long tables) {
    }

    public record NamedArea(Area area, long catalogVersion) {
    }

    /** The areas of the branch's tables, by name. */
    @Transactional
    public List<Area> areas(BranchId branch) {
        Map<String, String> arabic = new HashMap<>();
        em.createNamedQuery("TableAreaName.findByBranch", AreaNameEntity.class).setParameter("branchId",
                branch.toString()).getResultStream().forEach(n -> arabic.put(n.area(), n.nameAr()));
        return em.createQuery("SELECT t.area, COUNT(t) FROM DiningTable t WHERE t.branchId = :b GROUP BY t.area"
                        + " ORDER BY t.area", Object[].class).setParameter("b", branch.toString()).getResultStream()
                .map(r -> new Area((String) r[0], arabic.get((String) r[0]), ((Number) r[1]).longValue())).toList();
    }

    /**
     * Gives an area its Arabic name, or takes it away ({@code nameAr} null: it shows as typed). The area stays the
     * tables' key. 404 UNKNOWN_AREA when no table of the branch is in it. The same name again writes nothing.
     */
    @Transactional
    public NamedArea nameArea(BranchId branch, String area, String nameAr, String manager) {
        BranchLock lock = changeLog.lock(branch);
        long tables = em.createQuery("SELECT COUNT(t) FROM DiningTable t WHERE t.branchId = :b AND t.area = :a",
                Long.class).setParameter("b", branch.toString()).setParameter("a", area).getSingleResult();
        if (tables == 0) {
            throw new RequestRefused(404, "UNKNOWN_AREA", "no table of branch " + branch + " is in area " + area);
        }
        AreaNameEntity row = em.find(AreaNameEntity.class, AreaNameEntity.key(branch.toString(), area));
        String before = row == null ? null : row.nameAr();
        if (Objects.equals(before, nameAr)) {
            long version = branches.branch(branch).orElseThrow().catalogVersion();
            return new NamedArea(new Area(area, nameAr, tables), version);
        }
        if (nameAr == null) {
            em.remove(row);
        } else if (row == null) {
            em.persist(new AreaNameEntity(branch.toString(), area, nameAr));
        } else {
            row.rename(nameAr);
        }
        long version = lock.setupChanged().version();
        audit.record(manager, "AREA_NAMED", branch, area, "area=" + area + " nameAr=" + (before == null ? "(none)"
                : before) + " -> " + (nameAr == null ? "(none)" : nameAr) + " catalogVersion=" + version);
        LOG.info(() -> "area named branch=" + branch + " area=" + area + " by=" + manager + " catalogVersion="
                + version);
        return new NamedArea(new Area(area, nameAr, tables), version);
    }

    @Transactional
    public Table add(BranchId branch, TableFields t, String manager) {
        return addAll(branch, List.of(t), manager).get(0);
    }

    /**
     * Adds the tables together: one catalog version for all, one {@code TABLE_ADDED} audit row each. A label the
     * branch has, or that two of them share, is refused (409 TABLE_LABEL_TAKEN) and nothing is added.
     */
    @Transactional
    public List<Table> addAll(BranchId branch, List<TableFields> tables, String manager) {
        BranchLock lock = changeLog.lock(branch);
        Set<String> labels = new HashSet<>(em.createQuery("SELECT t.label FROM DiningTable t WHERE t.branchId = :b",
                String.class).setParameter("b", branch.toString()).getResultList());
        int before = labels.size();
        for (TableFields t : tables) {
            if (!labels.add(t.label())) {
                throw labelTaken(branch, t.label());
            }
        }
        if (before + tables.size() > Catalog.MAX_ITEMS) {
            throw new RequestRefused(409, "FLOOR_FULL", "a branch has at most " + Catalog.MAX_ITEMS + " tables");
        }
        List<DiningTableEntity> rows = new ArrayList<>(tables.size());
        for (TableFields t : tables) {
            DiningTableEntity row = new DiningTableEntity(UUID.randomUUID().toString(), branch.toString());
            row.set(t.label(), t.area(), t.seats());
            em.persist(row);
            rows.add(row);
        }
        long version = lock.setupChanged().version();
        List<Table> added = new ArrayList<>(tables.size());
        for (int i = 0; i < rows.size(); i++) {
            DiningTableEntity row = rows.get(i);
            TableFields t = tables.get(i);
            audit.record(manager, "TABLE_ADDED", branch, row.id(), describe(t) + " catalogVersion=" + version);
            added.add(new Table(row.id(), t));
        }
        LOG.info(() -> "tables added branch=" + branch + " count=" + added.size()
                + (added.size() == 1 ? " table=" + added.get(0).id() : "") + " by=" + manager
                + " catalogVersion=" + version);
        return added;
    }

    /** 404 UNKNOWN_TABLE when the table is not one of the branch's. */
    @Transactional
    public Table change(BranchId branch, UUID id, TableFields t, String manager) {
        BranchLock lock = changeLog.lock(branch);
        DiningTableEntity row = em.find(DiningTableEntity.class, id.toString());
        if (row == null || !row.branchId().equals(branch.toString())) {
            throw new RequestRefused(404, "UNKNOWN_TABLE", "no table " + id + " in branch " + branch);
        }
        TableFields before = new TableFields(row.label(), row.area(), row.seats());
        if (before.equals(t)) {
            // nothing to change: no new catalog, no audit row
            return new Table(row.id(), t);
        }
        labelFree(branch, t.label(), row.id());
        row.set(t.label(), t.area(), t.seats());
        long version = lock.setupChanged().version();
        audit.record(manager, "TABLE_CHANGED", branch, row.id(), describe(before) + " -> " + describe(t)
                + " catalogVersion=" + version);
        LOG.info(() -> "table changed branch=" + branch + " table=" + row.id() + " by=" + manager
                + " catalogVersion=" + version);
        return new Table(row.id(), t);
    }

    private void labelFree(BranchId branch, String label, String except) {
        boolean taken = em.createQuery("SELECT t FROM DiningTable t WHERE t.branchId = :b AND t.label = :l",
                        DiningTableEntity.class).setParameter("b", branch.toString()).setParameter("l", label)
                .getResultStream().anyMatch(t -> !t.id().equals(except));
        if (taken) {
            throw labelTaken(branch, label);
        }
    }

    private static RequestRefused labelTaken(BranchId branch, String label) {
        return new RequestRefused(409, "TABLE_LABEL_TAKEN", "branch " + branch + " has a table labelled " + label);
    }

    private static String describe(TableFields t) {
        return "label=" + t.label() + " area=" + t.area() + " seats=" + t.seats();
    }
}
