package cedarpos.server.table.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The catalog's read view of a branch; the change head is the sync module's business. */
@Entity(name = "CatalogBranch")
@Table(name = "branch")
public class BranchEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "catalog_version", nullable = false)
    private long catalogVersion;

    protected BranchEntity() {
    }

    BranchEntity(String id, String name, String currency) {
        this.id = id;
        this.name = name;
        this.currency = currency;
        this.catalogVersion = 1;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String currency() {
        return currency;
    }

    long catalogVersion() {
        return catalogVersion;
    }

    long nextCatalogVersion() {
        return ++catalogVersion;
    }
}
