package cedarpos.server.branch.internal;

import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A branch: its name, currency, catalog version and the cashier's settings (the rate of the day and VAT). Other
 * columns of the row belong to other modules, each mapping its own: the change head (changelog's
 * {@code BranchHeadEntity}) and the default kitchen station (printing's {@code PrintingBranchEntity}).
 */
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

    /** Pounds per dollar; null until a manager sets the rate. */
    @Column(name = "lbp_per_usd")
    private Long lbpPerUsd;

    @Column(name = "rate_set_at_ms", nullable = false)
    private long rateSetAtMs;

    @Column(name = "vat_bp", nullable = false)
    private int vatBp;

    @Column(name = "vat_included", nullable = false)
    private boolean vatIncluded;

    protected BranchEntity() {
    }

    BranchEntity(String id, String name, String currency) {
        this.id = id;
        this.name = name;
        this.currency = currency;
        this.catalogVersion = 1;
        this.vatIncluded = true;
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

    /** Checked by the domain: a row the constraints let through but the domain refuses throws here. */
    BranchSettings settings() {
        return new BranchSettings(lbpPerUsd == null ? null : new ExchangeRate(lbpPerUsd), rateSetAtMs,
                new Vat(vatBp, vatIncluded));
    }

    void setRate(ExchangeRate rate, long atMs) {
        this.lbpPerUsd = rate.lbpPerUsd();
        this.rateSetAtMs = atMs;
    }

    void setVat(Vat vat) {
        this.vatBp = vat.basisPoints();
        this.vatIncluded = vat.included();
    }
}
