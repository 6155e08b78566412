package cedarpos.server.floor.internal;

import cedarpos.server.branch.BranchOpened;
import cedarpos.server.floor.FloorPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of a branch being opened, inside the opening's transaction: the tables of another branch (labels, areas
 * and seats; each starts free), or T1..TN in one area. Added like a manager's tables ({@link FloorChanges#addAll}:
 * under the branch lock, audited {@code TABLE_ADDED}, one catalog version).
 */
@ApplicationScoped
public class OpeningFloor {
    /** The seats of a numbered table, as {@code POST /api/branches/{b}/tables} gives one without seats. */
    static final int SEATS = 4;

    @Inject
    private FloorPlan plan;

    @Inject
    private FloorChanges changes;

    void layOut(@Observes BranchOpened opened) {
        opened.tables().ifPresent(template -> {
            List<FloorChanges.TableFields> tables = template instanceof BranchOpened.CopiedFrom copy
                    ? plan.tables(copy.source()).stream()
                            .map(t -> new FloorChanges.TableFields(t.label(), t.area(), t.seats())).toList()
                    : numbered((BranchOpened.Numbered) template);
            int added = tables.isEmpty() ? 0 : changes.addAll(opened.branch(), tables, opened.actor()).size();
            opened.tablesLaidOut(added);
        });
    }

    private static List<FloorChanges.TableFields> numbered(BranchOpened.Numbered n) {
        List<FloorChanges.TableFields> tables = new ArrayList<>(n.count());
        for (int i = 1; i <= n.count(); i++) {
            tables.add(new FloorChanges.TableFields("T" + i, n.area(), SEATS));
        }
        return tables;
    }
}
