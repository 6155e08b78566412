package cedarpos.server.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.Strings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string of the web admin comes from i18n/en.json and i18n/ar.json: both have the same keys, none
 * empty, the same placeholders, and the pages use no key missing from them and leave none unused. A key in the
 * pages is any quoted string "namespace.name" whose namespace is one of the files' (t("nav.terminals"), and keys
 * kept in tables such as the code-to-message map).
 */
class AdminStringsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Strings en = Strings.load("en");
    private final Strings ar = Strings.load("ar");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        assertThat(ar.byKey().keySet()).isEqualTo(en.byKey().keySet());
        en.byKey().forEach((key, text) -> {
            assertThat(text).as(key).isNotBlank();
            assertThat(ar.byKey().get(key)).as(key).isNotBlank();
            assertThat(placeholders(ar.byKey().get(key))).as("placeholders of " + key).isEqualTo(placeholders(text));
        });
    }

    @Test
    void thePagesUseExactlyTheKeysOfTheFiles() throws IOException {
        Set<String> namespaces = en.byKey().keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Pattern key = Pattern.compile("\"((?:" + String.join("|", namespaces) + ")\\.[A-Za-z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Strings.ADMIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html"))
                    .toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(en.byKey().keySet()).as("keys the pages use").containsAll(used);
        assertThat(used).as("keys of en.json that no page uses").containsAll(en.byKey().keySet());
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
