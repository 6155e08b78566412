package cedarpos.server.printing.internal;

import cedarpos.domain.printing.Station;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A kitchen station and the printers its tickets go to. */
@Entity(name = "KitchenStation")
@Table(name = "kitchen_station")
@IdClass(BranchCodeKey.class)
@NamedQuery(name = "KitchenStation.findByBranch",
        query = "SELECT s FROM KitchenStation s WHERE s.branchId = :branchId ORDER BY s.sortOrder, s.code")
@NamedQuery(name = "KitchenStation.deleteByBranch",
        query = "DELETE FROM KitchenStation s WHERE s.branchId = :branchId")
public class KitchenStationEntity {
    @Id
    @Column(name = "branch_id", length = 36)
    private String branchId;

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(name = "printer_code", nullable = false, length = 40)
    private String printer;

    @Column(name = "fallback_printer_code", length = 40)
    private String fallback;

    @Column(name = "fallback_after_seconds", nullable = false)
    private int fallbackAfterSeconds;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected KitchenStationEntity() {
    }

    KitchenStationEntity(String branchId, Station s, int sortOrder) {
        this.branchId = branchId;
        this.code = s.code();
        this.nameEn = s.nameEn();
        this.nameAr = s.nameAr();
        this.printer = s.printer();
        this.fallback = s.fallback();
        this.fallbackAfterSeconds = s.fallbackAfterSeconds();
        this.sortOrder = sortOrder;
    }

    /** @throws IllegalArgumentException for a row the domain refuses */
    Station toStation() {
        return new Station(code, nameEn, nameAr, printer, fallback, fallbackAfterSeconds);
    }
}
