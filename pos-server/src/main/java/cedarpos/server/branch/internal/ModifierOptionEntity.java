package cedarpos.server.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One choice of a modifier group, with what it adds to one portion's price in the branch's currency. */
@Entity(name = "ModifierOption")
@Table(name = "modifier_option")
@NamedQuery(name = "ModifierOption.findByBranch",
        query = "SELECT o FROM ModifierOption o, ModifierGroup g WHERE g.id = o.groupId AND g.branchId = :branchId"
                + " ORDER BY o.groupId, o.sortOrder, o.nameEn, o.id")
public class ModifierOptionEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "group_id", nullable = false, length = 36)
    private String groupId;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ModifierOptionEntity() {
    }

    ModifierOptionEntity(String id, String groupId) {
        this.id = id;
        this.groupId = groupId;
    }

    String id() {
        return id;
    }

    String groupId() {
        return groupId;
    }

    String nameEn() {
        return nameEn;
    }

    String nameAr() {
        return nameAr;
    }

    long priceMinor() {
        return priceMinor;
    }

    int sortOrder() {
        return sortOrder;
    }

    void set(String nameEn, String nameAr, long priceMinor, int sortOrder) {
        this.nameEn = nameEn;
        this.nameAr = nameAr;
        this.priceMinor = priceMinor;
        this.sortOrder = sortOrder;
    }
}
