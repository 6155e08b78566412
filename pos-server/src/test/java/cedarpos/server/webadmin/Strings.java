package cedarpos.server.webadmin;

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
record Strings(String lang, Map<String, String> byKey) {
    /** Where the pages are, from the module's directory (where surefire and failsafe run). */
    static final Path ADMIN = Path.of("src/main/webapp/admin");

    static Strings load(String lang) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(ADMIN.resolve("i18n/" + lang + ".json")))) {
            JsonObject json = reader.readObject();
            Map<String, String> byKey = new TreeMap<>();
            json.forEach((key, value) -> byKey.put(key, json.getString(key)));
            return new Strings(lang, byKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String dir() {
        return lang.equals("ar") ? "rtl" : "ltr";
    }

    /** The string with {name} placeholders filled from name, value pairs, as i18n.js fills them. */
    String text(String key, String... nameThenValue) {
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
