package cedarpos.server.printing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The printer an enrolled terminal prints its receipts on. */
@Entity(name = "ReceiptPrinter")
@Table(name = "receipt_printer")
@NamedQuery(name = "ReceiptPrinter.findByBranch",
        query = "SELECT r FROM ReceiptPrinter r WHERE r.branchId = :branchId ORDER BY r.terminalId")
@NamedQuery(name = "ReceiptPrinter.deleteByBranch",
        query = "DELETE FROM ReceiptPrinter r WHERE r.branchId = :branchId")
public class ReceiptPrinterEntity {
    @Id
    @Column(name = "terminal_id", length = 36)
    private String terminalId;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "printer_code", nullable = false, length = 40)
    private String printer;

    protected ReceiptPrinterEntity() {
    }

    ReceiptPrinterEntity(String terminalId, String branchId, String printer) {
        this.terminalId = terminalId;
        this.branchId = branchId;
        this.printer = printer;
    }

    String terminalId() {
        return terminalId;
    }

    String branchId() {
        return branchId;
    }

    String printer() {
        return printer;
    }

    void setPrinter(String printer) {
        this.printer = printer;
    }
}
