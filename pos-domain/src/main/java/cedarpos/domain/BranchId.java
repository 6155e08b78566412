package cedarpos.domain;

import java.util.UUID;

/** A restaurant branch: the unit of sync (every terminal and record belongs to one). */
public record BranchId(UUID value) {
    public BranchId {
        Ids.required(value, "branch id");
    }

    public static BranchId random() {
        return new BranchId(UUID.randomUUID());
    }

    public static BranchId parse(String text) {
        return new BranchId(Ids.uuid(text, "branch id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
