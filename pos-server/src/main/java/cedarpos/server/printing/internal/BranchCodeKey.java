package cedarpos.server.printing.internal;

import java.io.Serializable;
import java.util.Objects;

/** The composite key of what a branch names by a code (a printer, a kitchen station): (branch, code). */
public class BranchCodeKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private String branchId;
    private String code;

    public BranchCodeKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BranchCodeKey k && Objects.equals(branchId, k.branchId) && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(branchId, code);
    }
}
