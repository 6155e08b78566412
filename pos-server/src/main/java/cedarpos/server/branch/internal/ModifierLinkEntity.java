package cedarpos.server.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A dish that offers a modifier group. */
@Entity(name = "ModifierLink")
@Table(name = "menu_item_modifier_group")
@IdClass(ModifierLinkEntity.Key.class)
@NamedQuery(name = "ModifierLink.findActiveByBranch",
        query = "SELECT l FROM ModifierLink l, CatalogMenuItem m WHERE m.id = l.menuItemId AND m.branchId = :branchId"
                + " AND m.active = TRUE ORDER BY m.category, m.sortOrder, m.nameEn, m.id")
public class ModifierLinkEntity {
    /** The composite key: (menu item, group). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String menuItemId;
        private String groupId;

        public Key() {
        }

        Key(String menuItemId, String groupId) {
            this.menuItemId = menuItemId;
            this.groupId = groupId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(menuItemId, k.menuItemId) && Objects.equals(groupId, k.groupId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(menuItemId, groupId);
        }
    }

    @Id
    @Column(name = "menu_item_id", length = 36)
    private String menuItemId;

    @Id
    @Column(name = "group_id", length = 36)
    private String groupId;

    protected ModifierLinkEntity() {
    }

    static Key key(String menuItemId, String groupId) {
        return new Key(menuItemId, groupId);
    }

    ModifierLinkEntity(String menuItemId, String groupId) {
        this.menuItemId = menuItemId;
        this.groupId = groupId;
    }

    String menuItemId() {
        return menuItemId;
    }

    String groupId() {
        return groupId;
    }
}
