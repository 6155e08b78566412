package cedarpos.protocol.v1;

import cedarpos.domain.Ids;
import cedarpos.domain.InvalidComponent;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Typed, path-aware reads from a JSON object. Every failure names the field
 * ("entries[3].seq must be a whole number") under one stable error code, so a
 * client author sees exactly what to fix.
 */
public final class Fields {
    private final JsonObject object;
    private final String path;
    private final ErrorCode code;

    private Fields(JsonObject object, String path, ErrorCode code) {
        this.object = object;
        this.path = path;
        this.code = code;
    }

    /** Reads a message frame; failures are {@link ErrorCode#INVALID_FIELD}. */
    public static Fields of(JsonObject object) {
        return new Fields(object, "", ErrorCode.INVALID_FIELD);
    }

    /** Reads a record payload; failures are {@link ErrorCode#INVALID_PAYLOAD}. */
    public static Fields payload(JsonObject object) {
        return new Fields(object, "payload.", ErrorCode.INVALID_PAYLOAD);
    }

    public String string(String name) throws ProtocolException {
        JsonValue v = required(name);
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid(name, "must be a string");
        }
        return ((JsonString) v).getString();
    }

    /** A string of at most {@code maxChars} characters (the size of the column it is stored in). */
    public String string(String name, int maxChars) throws ProtocolException {
        String s = string(name);
        if (s.length() > maxChars) {
            throw invalid(name, "must be at most " + maxChars + " characters, got " + s.length());
        }
        return s;
    }

    public String optionalString(String name) throws ProtocolException {
        JsonValue v = object.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return string(name);
    }

    public long longValue(String name) throws ProtocolException {
        return number(name, required(name));
    }

    public long longValue(String name, long min, long max) throws ProtocolException {
        long v = longValue(name);
        if (v < min || v > max) {
            throw invalid(name, "must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    public int intValue(String name, int min, int max) throws ProtocolException {
        return (int) longValue(name, min, max);
    }

    public UUID uuid(String name) throws ProtocolException {
        String text = string(name);
        try {
            return Ids.uuid(text, name);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a canonical lower-case UUID, got " + Ids.quote(text));
        }
    }

    public UUID optionalUuid(String name) throws ProtocolException {
        return optionalString(name) == null ? null : uuid(name);
    }

    public JsonObject object(String name) throws ProtocolException {
        JsonValue v = required(name);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(name, "must be an object");
        }
        return v.asJsonObject();
    }

    /** The elements of an array of objects, each wrapped for reading with its index in the path. */
    public List<Fields> objects(String name, int maxSize) throws ProtocolException {
        JsonValue v = required(name);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name, "must be an array");
        }
        JsonArray array = v.asJsonArray();
        if (array.size() > maxSize) {
            throw invalid(name, "must have at most " + maxSize + " elements, got " + array.size());
        }
        List<Fields> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            String elementPath = path + name + "[" + i + "].";
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ProtocolException(code, path + name + "[" + i + "] must be an object",
                        path + name + "[" + i + "]");
            }
            result.add(new Fields(element.asJsonObject(), elementPath, code));
        }
        return result;
    }

    /** A nested object, read with its name in the path. */
    public Fields nested(String name) throws ProtocolException {
        return new Fields(object(name), path + name + ".", code);
    }

    /** A nested object, or null when the field is absent or JSON null. */
    public Fields optionalNested(String name) throws ProtocolException {
        return has(name) ? nested(name) : null;
    }

    /** Present and not JSON null. */
    public boolean has(String name) {
        JsonValue v = object.get(name);
        return v != null && v.getValueType() != JsonValue.ValueType.NULL;
    }

    /** Present at all, JSON null included (a register whose value was cleared). */
    public boolean present(String name) {
        return object.containsKey(name);
    }

    /** An optional boolean, false when absent. */
    public boolean flag(String name) throws ProtocolException {
        JsonValue v = object.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw invalid(name, "must be true or false");
        }
        return v == JsonValue.TRUE;
    }

    /** An array of strings. */
    public List<String> strings(String name, int maxSize) throws ProtocolException {
        JsonValue v = required(name);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name, "must be an array");
        }
        JsonArray array = v.asJsonArray();
        if (array.size() > maxSize) {
            throw invalid(name, "must have at most " + maxSize + " elements, got " + array.size());
        }
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.STRING) {
                throw new ProtocolException(code, path + name + "[" + i + "] must be a string",
                        path + name + "[" + i + "]");
            }
            result.add(((JsonString) array.get(i)).getString());
        }
        return result;
    }

    public JsonObject raw() {
        return object;
    }

    /**
     * Wraps a domain constructor's refusal as this reader's error code; the field is the part it names
     * ({@link InvalidComponent}) under this object's path, else this object itself.
     */
    public ProtocolException refused(IllegalArgumentException e) {
        String self = path.isEmpty() ? null : path.substring(0, path.length() - 1);
        String field = e instanceof InvalidComponent part ? path + part.component() : self;
        return new ProtocolException(code, (self == null ? "" : self + ": ") + e.getMessage(), field);
    }

    public ProtocolException invalid(String name, String problem) {
        return new ProtocolException(code, path + name + " " + problem, path + name);
    }

    private JsonValue required(String name) throws ProtocolException {
        JsonValue v = object.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid(name, "is required");
        }
        return v;
    }

    private long number(String name, JsonValue v) throws ProtocolException {
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw invalid(name, "must be a whole number");
        }
        if (!((JsonNumber) v).isIntegral()) {
            // numbers parsed by the codec are integral only as integer literals: 1e3, 10.0 and 1E0 are not
            throw invalid(name, "must be an integer literal (no fraction, no exponent), got " + Ids.quote(v.toString()));
        }
        try {
            return ((JsonNumber) v).longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(name, "must be a whole number that fits in 64 bits");
        }
    }
}
