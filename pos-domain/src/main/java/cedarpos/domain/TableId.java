package cedarpos.domain;

import java.util.UUID;

/** A dining table of a branch. */
public record TableId(UUID value) {
    public TableId {
        Ids.required(value, "table id");
    }

    public static TableId random() {
        return new TableId(UUID.randomUUID());
    }

    public static TableId parse(String text) {
        return new TableId(Ids.uuid(text, "table id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
