package cedarpos.server.printing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The branch row as the printing module sees it: its default kitchen station. The branch module maps the rest of
 * the row; each maps only the columns it owns.
 */
@Entity(name = "PrintingBranch")
@Table(name = "branch")
public class PrintingBranchEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The kitchen station of dishes no route names; null while the branch has no stations. */
    @Column(name = "default_station", length = 40)
    private String defaultStation;

    protected PrintingBranchEntity() {
    }

    String id() {
        return id;
    }

    String defaultStation() {
        return defaultStation;
    }

    void setDefaultStation(String station) {
        this.defaultStation = station;
    }
}
