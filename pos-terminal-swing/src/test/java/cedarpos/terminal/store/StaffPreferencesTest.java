package cedarpos.terminal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void a_language_chosen_on_the_till_survives_a_restart_and_only_english_or_arabic_are_taken() {
        UUID karim = UUID.randomUUID();
        try (TerminalStore store = TerminalStore.open(dir)) {
            StoreFixture.enroll(store);
            assertThat(store.preferences().language(karim)).isEmpty();
            store.preferences().setLanguage(karim, Locale.forLanguageTag("ar"));
            store.preferences().setLanguage(karim, Locale.forLanguageTag("ar-LB"));
            assertThatThrownBy(() -> store.preferences().setLanguage(karim, Locale.FRENCH))
                    .hasMessageContaining("English (en) and Arabic (ar), not fr");
        }
        try (TerminalStore store = TerminalStore.open(dir)) {
            assertThat(store.preferences().language(karim)).contains(Locale.forLanguageTag("ar"));
            assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM outbox")).as("not synced").isZero();
        }
    }

    @Test
    void the_tills_own_language_is_kept_until_changed_and_only_english_or_arabic_are_taken() {
        try (TerminalStore store = TerminalStore.open(dir)) {
            StoreFixture.enroll(store);
            assertThat(store.preferences().tillLanguage()).isEmpty();
            store.preferences().setTillLanguage(Locale.forLanguageTag("ar"));
            assertThatThrownBy(() -> store.preferences().setTillLanguage(Locale.FRENCH))
                    .hasMessageContaining("English (en) and Arabic (ar), not fr");
        }
        try (TerminalStore store = TerminalStore.open(dir)) {
            assertThat(store.preferences().tillLanguage()).contains(Locale.forLanguageTag("ar"));
            store.preferences().setTillLanguage(Locale.ENGLISH);
            assertThat(store.preferences().tillLanguage()).contains(Locale.ENGLISH);
            assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM outbox")).as("not synced").isZero();
        }
    }
}
