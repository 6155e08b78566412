package cedarpos.domain.shift;

import cedarpos.domain.Ids;
import java.util.UUID;

/** A cashier's shift on one terminal, generated on the terminal that opened it. */
public record ShiftId(UUID value) {
    public ShiftId {
        if (value == null) {
            throw new IllegalArgumentException("shift id is required");
        }
    }

    public static ShiftId random() {
        return new ShiftId(UUID.randomUUID());
    }

    public static ShiftId parse(String text) {
        return new ShiftId(Ids.uuid(text, "shift id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
