package cedarpos.protocol.v1;

import java.util.List;

/** Terminal to server: outbox entries in ascending, gapless sequence order. */
public record Push(List<OutboxEntry> entries) implements Message {
    public static final String TYPE = "push";

    public Push {
        entries = List.copyOf(entries);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
