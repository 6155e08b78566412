package cedarpos.server.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity(name = "CatalogMenuItem")
@Table(name = "menu_item")
@NamedQuery(name = "CatalogMenuItem.findActiveByBranch",
        query = "SELECT m FROM CatalogMenuItem m WHERE m.branchId = :branchId AND m.active = TRUE"
                + " ORDER BY m.category, m.sortOrder, m.nameEn")
@NamedQuery(name = "CatalogMenuItem.idsOfBranch",
        query = "SELECT m.id FROM CatalogMenuItem m WHERE m.branchId = :branchId AND m.id IN :ids")
public class MenuItemEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected MenuItemEntity() {
    }

    MenuItemEntity(String id, String branchId) {
        this.id = id;
        this.branchId = branchId;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    String category() {
        return category;
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

    boolean active() {
        return active;
    }

    /** Writes the fields a manager sets; each change of the dish is one call. */
    void set(String category, String nameEn, String nameAr, long priceMinor, int sortOrder, boolean active) {
        this.category = category;
        this.nameEn = nameEn;
        this.nameAr = nameAr;
        this.priceMinor = priceMinor;
        this.sortOrder = sortOrder;
        this.active = active;
    }
}
