package cedarpos.protocol.v1;

import cedarpos.domain.Ids;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.NoSuchElementException;

/**
 * Reads one frame as exactly one JSON object, with the limits docs/protocol.md sets: nesting at most
 * {@link ProtocolCodec#MAX_DEPTH}, no text after the object, no unpaired surrogate in a string, no number
 * beyond {@link #MAX_NUMBER_CHARS} characters or an exponent beyond {@link #MAX_EXPONENT}. It streams
 * rather than using a JsonReader so that depth is refused before the parser recurses, and so that each
 * number keeps its text: JSON-P's {@code isIntegral()} looks at the BigDecimal scale, which calls
 * {@code 1E0} or {@code 1.5e1} integral, while the protocol wants integer literals only.
 */
final class StrictJson {
    /** Longest number text accepted; longer ones are NUMBER_OUT_OF_RANGE. */
    static final int MAX_NUMBER_CHARS = 1000;
    /** Largest exponent magnitude accepted; {@code 1e2147483648} and the like are NUMBER_OUT_OF_RANGE. */
    static final int MAX_EXPONENT = 1000;

    private StrictJson() {
    }

    static JsonObject parseObject(String frame) throws ProtocolException {
        if (frame.isBlank()) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "empty frame");
        }
        try (JsonParser parser = Jsons.parser(new StringReader(frame))) {
            if (!parser.hasNext()) {
                throw new ProtocolException(ErrorCode.MALFORMED_JSON, "empty frame");
            }
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new ProtocolException(ErrorCode.MALFORMED_JSON, "a frame must be a JSON object");
            }
            JsonObject object = readObject(parser, 1);
            boolean trailing;
            try {
                trailing = parser.hasNext();
            } catch (JsonParsingException e) {
                trailing = true;
            }
            if (trailing) {
                throw new ProtocolException(ErrorCode.MALFORMED_JSON,
                        "text follows the JSON object; a frame holds exactly one object");
            }
            return object;
        } catch (JsonParsingException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "not valid JSON: " + Ids.quote(e.getMessage()));
        } catch (JsonException | IllegalStateException | NoSuchElementException | NumberFormatException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "not valid JSON");
        }
    }

    private static JsonObject readObject(JsonParser parser, int depth) throws ProtocolException {
        depth(depth);
        JsonObjectBuilder b = Jsons.objectBuilder();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return b.build();
            }
            String key = text(parser.getString());
            b.add(key, value(parser, parser.next(), depth));
        }
    }

    private static JsonValue readArray(JsonParser parser, int depth) throws ProtocolException {
        depth(depth);
        JsonArrayBuilder b = Jsons.arrayBuilder();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return b.build();
            }
            b.add(value(parser, event, depth));
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth) throws ProtocolException {
        return switch (event) {
            case START_OBJECT -> readObject(parser, depth + 1);
            case START_ARRAY -> readArray(parser, depth + 1);
            case VALUE_STRING -> Jsons.string(text(parser.getString()));
            case VALUE_NUMBER -> LiteralNumber.of(parser.getString());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new ProtocolException(ErrorCode.MALFORMED_JSON, "not valid JSON: unexpected " + event);
        };
    }

    private static void depth(int depth) throws ProtocolException {
        if (depth > ProtocolCodec.MAX_DEPTH) {
            throw new ProtocolException(ErrorCode.JSON_TOO_DEEP,
                    "JSON nested deeper than " + ProtocolCodec.MAX_DEPTH + " levels");
        }
    }

    /** Refuses a string holding half a surrogate pair: no encoder can write it back. */
    static String text(String s) throws ProtocolException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ProtocolException(ErrorCode.INVALID_TEXT,
                        "a JSON string holds an unpaired surrogate (\\u" + Integer.toHexString(c) + ") at character " + i);
            }
        }
        return s;
    }

    /** A JSON number that remembers its text, so "integral" means an integer literal. */
    static final class LiteralNumber implements JsonNumber {
        private final String text;
        private final BigDecimal value;

        private LiteralNumber(String text, BigDecimal value) {
            this.text = text;
            this.value = value;
        }

        static LiteralNumber of(String text) throws ProtocolException {
            if (text.length() > MAX_NUMBER_CHARS) {
                throw new ProtocolException(ErrorCode.NUMBER_OUT_OF_RANGE,
                        "a number of " + text.length() + " characters; at most " + MAX_NUMBER_CHARS);
            }
            int e = Math.max(text.indexOf('e'), text.indexOf('E'));
            if (e >= 0) {
                String exponent = text.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
                if (exponent.length() > 4 || Integer.parseInt(exponent) > MAX_EXPONENT) {
                    throw new ProtocolException(ErrorCode.NUMBER_OUT_OF_RANGE, "a number with exponent "
                            + Ids.quote(text.substring(e + 1)) + "; at most " + MAX_EXPONENT + " in magnitude");
                }
            }
            try {
                return new LiteralNumber(text, new BigDecimal(text));
            } catch (NumberFormatException | ArithmeticException ex) {
                throw new ProtocolException(ErrorCode.NUMBER_OUT_OF_RANGE, "a number no parser can hold");
            }
        }

        /** True only for an integer literal: no fraction, no exponent (so not {@code 1E0} nor {@code 10.0}). */
        @Override
        public boolean isIntegral() {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public int intValueExact() {
            return value.intValueExact();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public long longValueExact() {
            return value.longValueExact();
        }

        @Override
        public BigInteger bigIntegerValue() {
            return value.toBigInteger();
        }

        @Override
        public BigInteger bigIntegerValueExact() {
            return value.toBigIntegerExact();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public BigDecimal bigDecimalValue() {
            return value;
        }

        @Override
        public Number numberValue() {
            return value;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.NUMBER;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof JsonNumber n && value.equals(n.bigDecimalValue());
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
