package cedarpos.protocol.v1;

import java.util.Arrays;

/** Enum fields of record payloads, read with the allowed names in the error. */
final class OrderJsonValues {
    private OrderJsonValues() {
    }

    static <E extends Enum<E>> E enumValue(Fields f, String name, Class<E> type) throws ProtocolException {
        String text = f.string(name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw f.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
}
