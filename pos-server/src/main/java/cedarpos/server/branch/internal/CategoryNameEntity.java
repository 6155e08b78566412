package cedarpos.server.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The Arabic name a manager gave one menu category of a branch; the category stays keyed as typed. */
@Entity(name = "MenuCategoryName")
@Table(name = "menu_category_name")
@IdClass(CategoryNameEntity.Key.class)
@NamedQuery(name = "MenuCategoryName.findByBranch",
        query = "SELECT n FROM MenuCategoryName n WHERE n.branchId = :branchId ORDER BY n.category")
public class CategoryNameEntity {
    /** The composite key: (branch, category). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String branchId;
        private String category;

        public Key() {
        }

        Key(String branchId, String category) {
            this.branchId = branchId;
            this.category = category;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(branchId, k.branchId) && Objects.equals(category, k.category);
        }

        @Override
        public int hashCode() {
            return Objects.hash(branchId, category);
        }
    }

    @Id
    @Column(name = "branch_id", length = 36)
    private String branchId;

    @Id
    @Column(name = "category", length = 100)
    private String category;

    @Column(name = "name_ar", nullable = false, length = 100)
    private String nameAr;

    protected CategoryNameEntity() {
    }

    CategoryNameEntity(String branchId, String category, String nameAr) {
        this.branchId = branchId;
        this.category = category;
        this.nameAr = nameAr;
    }

    static Key key(String branchId, String category) {
        return new Key(branchId, category);
    }

    String category() {
        return category;
    }

    String nameAr() {
        return nameAr;
    }

    void rename(String arabic) {
        this.nameAr = arabic;
    }
}
