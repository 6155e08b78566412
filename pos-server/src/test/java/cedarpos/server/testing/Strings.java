package cedarpos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The web admin's strings of one language (admin/i18n/LANG.json), so tests expect what the page shows. */
public record Strings(String lang, Map<String, String> byKey) {
    /** Where the pages are, from pos-server's directory (where its surefire and failsafe run). */
    public static final Path ADMIN = Path.of("src/main/webapp/admin");

    /** The strings of pos-server's own pages, for its tests. */
    public static Strings load(String lang) {
        return load(ADMIN, lang);
    }

    /** The strings of the pages in {@code admin} (another module's tests name pos-server's folder). */
    public static Strings load(Path admin, String lang) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(admin.resolve("i18n/" + lang + ".json")))) {
            JsonObject json = reader.readObject();
            Map<String, String> byKey = new TreeMap<>();
            json.forEach((key, value) -> byKey.put(key, json.getString(key)));
            return new Strings(lang, byKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String dir() {
        return lang.equals("ar") ? "rtl" : "ltr";
    }

    /** The string with {name} placeholders filled from name, value pairs, as i18n.js fills them. */
    public String text(String key, String... nameThenValue) {
        String text = byKey.get(key);
        if (text == null) {
            throw new AssertionError("no string " + key + " in " + lang + ".json");
        }
        for (int i = 0; i < nameThenValue.length; i += 2) {
            text = text.replace("{" + nameThenValue[i] + "}", nameThenValue[i + 1]);
        }
        return text;
    }
}
