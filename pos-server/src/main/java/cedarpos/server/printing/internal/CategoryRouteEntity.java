package cedarpos.server.printing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The station that makes a menu category's dishes (unless a dish has its own route). */
@Entity(name = "CategoryRoute")
@Table(name = "station_category_route")
@IdClass(CategoryRouteEntity.Key.class)
@NamedQuery(name = "CategoryRoute.findByBranch",
        query = "SELECT r FROM CategoryRoute r WHERE r.branchId = :branchId ORDER BY r.category")
@NamedQuery(name = "CategoryRoute.deleteByBranch",
        query = "DELETE FROM CategoryRoute r WHERE r.branchId = :branchId")
public class CategoryRouteEntity {
    /** The composite key: (branch, category). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String branchId;
        private String category;

        public Key() {
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

    @Column(name = "station_code", nullable = false, length = 40)
    private String station;

    protected CategoryRouteEntity() {
    }

    CategoryRouteEntity(String branchId, String category, String station) {
        this.branchId = branchId;
        this.category = category;
        this.station = station;
    }

    String category() {
        return category;
    }

    String station() {
        return station;
    }
}
