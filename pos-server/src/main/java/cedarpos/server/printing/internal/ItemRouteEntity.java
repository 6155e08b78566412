package cedarpos.server.printing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The station that makes one dish, whatever its category's route. */
@Entity(name = "ItemRoute")
@Table(name = "station_item_route")
@NamedQuery(name = "ItemRoute.findByBranch",
        query = "SELECT r FROM ItemRoute r WHERE r.branchId = :branchId ORDER BY r.menuItemId")
@NamedQuery(name = "ItemRoute.deleteByBranch",
        query = "DELETE FROM ItemRoute r WHERE r.branchId = :branchId")
public class ItemRouteEntity {
    @Id
    @Column(name = "menu_item_id", length = 36)
    private String menuItemId;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "station_code", nullable = false, length = 40)
    private String station;

    protected ItemRouteEntity() {
    }

    ItemRouteEntity(String menuItemId, String branchId, String station) {
        this.menuItemId = menuItemId;
        this.branchId = branchId;
        this.station = station;
    }

    String menuItemId() {
        return menuItemId;
    }

    String station() {
        return station;
    }
}
