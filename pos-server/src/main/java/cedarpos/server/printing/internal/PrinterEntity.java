package cedarpos.server.printing.internal;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A printer on the branch LAN. */
@Entity(name = "Printer")
@Table(name = "printer")
@IdClass(BranchCodeKey.class)
@NamedQuery(name = "Printer.findByBranch",
        query = "SELECT p FROM Printer p WHERE p.branchId = :branchId ORDER BY p.sortOrder, p.code")
@NamedQuery(name = "Printer.deleteByBranch",
        query = "DELETE FROM Printer p WHERE p.branchId = :branchId")
public class PrinterEntity {
    @Id
    @Column(name = "branch_id", length = 36)
    private String branchId;

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "host", nullable = false)
    private String host;

    @Column(name = "port", nullable = false)
    private int port;

    @Column(name = "paper", nullable = false, length = 4)
    private String paper;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PrinterEntity() {
    }

    PrinterEntity(String branchId, Printer p, int sortOrder) {
        this.branchId = branchId;
        this.code = p.code();
        this.name = p.name();
        this.host = p.host();
        this.port = p.port();
        this.paper = p.paper().name();
        this.sortOrder = sortOrder;
    }

    /** @throws IllegalArgumentException for a row the domain refuses */
    Printer toPrinter() {
        return new Printer(code, name, host, port, PaperWidth.valueOf(paper));
    }
}
