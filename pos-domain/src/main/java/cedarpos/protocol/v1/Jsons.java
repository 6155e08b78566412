package cedarpos.protocol.v1;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * JSON-P builders and readers from one provider looked up once. The static
 * {@code jakarta.json.Json} methods look the provider up again on every call, a
 * ServiceLoader scan that took about a third of the server's time while it
 * applied a batch of pushes (measured with JFR during bench/run catchup).
 */
public final class Jsons {
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonParser parser(Reader reader) {
        return PROVIDER.createParser(reader);
    }

    public static JsonString string(String value) {
        return PROVIDER.createValue(value);
    }
}
