package cedarpos.server.platform;

import cedarpos.protocol.v1.Jsons;
import cedarpos.domain.BranchId;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Strict reading of a JSON request body, so a bad request gets a 400 that
 * names the field instead of the container's HTML page. Unknown fields are
 * ignored, like in the sync protocol.
 */
public final class RequestBody {
    /** How much of a refused, too large body {@link #text} reads and drops. */
    public static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final JsonObject json;
    /** What names this object's fields in refusals: empty for the body, {@code options[2].} for one inside it. */
    private final String prefix;

    private RequestBody(JsonObject json) {
        this(json, "");
    }

    private RequestBody(JsonObject json, String prefix) {
        this.json = json;
        this.prefix = prefix;
    }

    /** Parses the body; an empty body is an empty object when {@code optional}. */
    public static RequestBody parse(String body, boolean optional) {
        if (body == null || body.isBlank()) {
            if (optional) {
                return new RequestBody(JsonValue.EMPTY_JSON_OBJECT);
            }
            throw RequestRefused.invalidField("the request body must be a JSON object");
        }
        try (JsonReader r = Jsons.reader(new StringReader(body))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw RequestRefused.invalidField("the request body must be a JSON object");
            }
            return new RequestBody(v.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw RequestRefused.invalidField("the request body is not valid JSON");
        }
    }

    /**
     * The body as UTF-8 text, read no further than {@code maxBytes}. A larger one is refused with 413 BODY_TOO_LARGE
     * before anything parses it; the rest of it is read and dropped (up to {@link #DRAIN_LIMIT}) so that the client,
     * still sending, gets the answer rather than a reset connection.
     */
    public static String text(InputStream in, int maxBytes) {
        if (in == null) {
            return "";
        }
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                long drained = 0;
                for (long n; drained < DRAIN_LIMIT && (n = in.skip(DRAIN_LIMIT - drained)) > 0; ) {
                    drained += n;
                }
                throw new RequestRefused(413, "BODY_TOO_LARGE", "the request body must be at most " + maxBytes
                        + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RequestRefused.invalidField("the request body could not be read");
        }
    }

    public String string(String field, int maxLength) {
        JsonValue v = json.get(field);
        if (!(v instanceof JsonString)) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be a string");
        }
        String s = ((JsonString) v).getString().strip();
        if (s.isEmpty() || s.length() > maxLength) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be 1 to " + maxLength + " characters");
        }
        return s;
    }

    public int integer(String field, int min, int max, int defaultValue) {
        JsonValue v = json.get(field);
        if (v == null || v == JsonValue.NULL) {
            return defaultValue;
        }
        if (!(v instanceof JsonNumber) || !((JsonNumber) v).isIntegral()) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be a whole number");
        }
        long n = ((JsonNumber) v).longValue();
        if (n < min || n > max || !((JsonNumber) v).bigDecimalValue().equals(java.math.BigDecimal.valueOf(n))) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be between " + min + " and " + max);
        }
        return (int) n;
    }

    /** A required whole number in {@code min..max}. */
    public long wholeNumber(String field, long min, long max) {
        JsonValue v = json.get(field);
        if (v == null || v == JsonValue.NULL) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " is required");
        }
        if (!(v instanceof JsonNumber) || !((JsonNumber) v).isIntegral()) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be a whole number");
        }
        java.math.BigDecimal n = ((JsonNumber) v).bigDecimalValue();
        if (n.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || n.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be between " + min + " and " + max);
        }
        return n.longValueExact();
    }

    /** An optional {@code true} or {@code false}: absent or null is {@code defaultValue}. */
    public boolean flag(String field, boolean defaultValue) {
        JsonValue v = json.get(field);
        return v == null || v == JsonValue.NULL ? defaultValue : flag(field);
    }

    /** A required {@code true} or {@code false}. */
    public boolean flag(String field) {
        JsonValue v = json.get(field);
        if (v != null && (v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE)) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw RequestRefused.invalidField(prefix + field, prefix + field + " must be true or false");
    }

    /** A canonical lower-case UUID string. */
    public UUID uuid(String field) {
        return uuid(prefix + field, string(field, 36));
    }

    /**
     * An optional array of objects, at most {@code max} (absent or null: none); each is read like a body, and its
     * refusals name the field with its place ({@code options[2].nameEn}).
     */
    public List<RequestBody> objects(String field, int max) {
        JsonArray array = array(field, max);
        List<RequestBody> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw RequestRefused.invalidField(prefix + field, prefix + field + " must be an array of objects");
            }
            objects.add(new RequestBody(array.getJsonObject(i), prefix + field + "[" + i + "]."));
        }
        return objects;
    }

    /** Whether the field is there and not null. */
    public boolean has(String field) {
        JsonValue v = json.get(field);
        return v != null && v != JsonValue.NULL;
    }

    /**
     * An optional object (absent or null: empty), read like a body; its refusals name the field with its path
     * ({@code vat.basisPoints}).
     */
    public Optional<RequestBody> object(String field) {
        JsonValue v = json.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be an object");
        }
        return Optional.of(new RequestBody(v.asJsonObject(), prefix + field + "."));
    }

    /** An optional array of canonical lower-case UUID strings, at most {@code max}, without repeats. */
    public Set<UUID> uuids(String field, int max) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (JsonValue v : array(field, max)) {
            if (!(v instanceof JsonString text)) {
                throw RequestRefused.invalidField(prefix + field, prefix + field + " must be an array of ids");
            }
            if (!ids.add(uuid(prefix + field, text.getString()))) {
                throw RequestRefused.invalidField(prefix + field, prefix + field + " names " + text.getString()
                        + " twice");
            }
        }
        return ids;
    }

    private JsonArray array(String field, int max) {
        JsonValue v = json.get(field);
        if (v == null || v == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " must be an array");
        }
        if (v.asJsonArray().size() > max) {
            throw RequestRefused.invalidField(prefix + field, prefix + field + " has more than " + max + " entries");
        }
        return v.asJsonArray();
    }

    public static UUID uuid(String field, String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw RequestRefused.invalidField(field, field + " must be a canonical lower-case UUID");
    }

    /**
     * A {@code ?limit=} query parameter.
     *
     * @throws RequestRefused unless it is a whole number from 1 to {@code max}
     */
    public static int limit(String text, int max) {
        int limit;
        try {
            limit = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > max) {
            throw RequestRefused.invalidField("limit", "limit must be between 1 and " + max);
        }
        return limit;
    }

    public static BranchId branchId(String text) {
        return new BranchId(uuid("branchId", text));
    }

    public JsonObject json() {
        return json;
    }
}
