package cedarpos.server.enrollment;

import cedarpos.domain.BranchId;

/** A new enrollment code in its display form (three groups of four). The server keeps only its hash. */
public record IssuedCode(String code, BranchId branchId, long expiresAtMs) {
}
