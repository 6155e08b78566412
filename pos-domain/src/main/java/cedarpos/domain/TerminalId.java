package cedarpos.domain;

import java.util.UUID;

/** One POS terminal, generated on the terminal at first start. */
public record TerminalId(UUID value) {
    public TerminalId {
        Ids.required(value, "terminal id");
    }

    public static TerminalId random() {
        return new TerminalId(UUID.randomUUID());
    }

    public static TerminalId parse(String text) {
        return new TerminalId(Ids.uuid(text, "terminal id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
