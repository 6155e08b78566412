package cedarpos.server.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Choices asked for when a dish is ordered; read into {@link cedarpos.domain.ModifierGroup} for the catalog. */
@Entity(name = "ModifierGroup")
@Table(name = "modifier_group")
@NamedQuery(name = "ModifierGroup.findByBranch",
        query = "SELECT g FROM ModifierGroup g WHERE g.branchId = :branchId ORDER BY g.sortOrder, g.nameEn, g.id")
public class ModifierGroupEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(name = "min_choices", nullable = false)
    private int minChoices;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ModifierGroupEntity() {
    }

    ModifierGroupEntity(String id, String branchId) {
        this.id = id;
        this.branchId = branchId;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    String nameEn() {
        return nameEn;
    }

    String nameAr() {
        return nameAr;
    }

    int minChoices() {
        return minChoices;
    }

    int maxChoices() {
        return maxChoices;
    }

    int sortOrder() {
        return sortOrder;
    }

    void set(String nameEn, String nameAr, int minChoices, int maxChoices, int sortOrder) {
        this.nameEn = nameEn;
        this.nameAr = nameAr;
        this.minChoices = minChoices;
        this.maxChoices = maxChoices;
        this.sortOrder = sortOrder;
    }
}
