package cedarpos.server.floor.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The Arabic name a manager gave one table area of a branch; the area stays keyed as typed. */
@Entity(name = "TableAreaName")
@Table(name = "table_area_name")
@IdClass(AreaNameEntity.Key.class)
@NamedQuery(name = "TableAreaName.findByBranch",
        query = "SELECT n FROM TableAreaName n WHERE n.branchId = :branchId ORDER BY n.area")
@NamedQuery(name = "TableAreaName.findInUse",
        query = "SELECT n FROM TableAreaName n WHERE n.branchId = :branchId AND EXISTS (SELECT t FROM"
                + " DiningTable t WHERE t.branchId = n.branchId AND t.area = n.area) ORDER BY n.area")
public class AreaNameEntity {
    /** The composite key: (branch, area). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String branchId;
        private String area;

        public Key() {
        }

        Key(String branchId, String area) {
            this.branchId = branchId;
            this.area = area;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(branchId, k.branchId) && Objects.equals(area, k.area);
        }

        @Override
        public int hashCode() {
            return Objects.hash(branchId, area);
        }
    }

    @Id
    @Column(name = "branch_id", length = 36)
    private String branchId;

    @Id
    @Column(name = "area", length = 50)
    private String area;

    @Column(name = "name_ar", nullable = false, length = 50)
    private String nameAr;

    protected AreaNameEntity() {
    }

    AreaNameEntity(String branchId, String area, String nameAr) {
        this.branchId = branchId;
        this.area = area;
        this.nameAr = nameAr;
    }

    static Key key(String branchId, String area) {
        return new Key(branchId, area);
    }

    String area() {
        return area;
    }

    String nameAr() {
        return nameAr;
    }

    void rename(String arabic) {
        this.nameAr = arabic;
    }
}
