package cedarpos.server.floor.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity(name = "DiningTable")
@Table(name = "dining_table")
@NamedQuery(name = "DiningTable.findByBranch",
        query = "SELECT t FROM DiningTable t WHERE t.branchId = :branchId ORDER BY t.area, t.label")
public class DiningTableEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "area", nullable = false)
    private String area;

    @Column(name = "seats", nullable = false)
    private int seats;

    @Column(name = "status", nullable = false)
    private String status;

    /** Stamp of the write that set the status; null while no terminal ever wrote it. */
    @Column(name = "status_stamp")
    private String statusStamp;

    protected DiningTableEntity() {
    }

    DiningTableEntity(String id, String branchId) {
        this.id = id;
        this.branchId = branchId;
        this.status = "AVAILABLE";
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    String area() {
        return area;
    }

    int seats() {
        return seats;
    }

    String status() {
        return status;
    }

    String statusStamp() {
        return statusStamp;
    }

    /** Writes only what differs, so an unchanged register costs no UPDATE. */
    void status(String status, String stamp) {
        if (!status.equals(this.status)) {
            this.status = status;
        }
        if (!stamp.equals(statusStamp)) {
            this.statusStamp = stamp;
        }
    }

    String branchId() {
        return branchId;
    }

    void set(String label, String area, int seats) {
        this.label = label;
        this.area = area;
        this.seats = seats;
    }
}
