package cedarpos.terminal.store;

import cedarpos.terminal.store.internal.PreferenceMapper;
import cedarpos.terminal.store.internal.SqliteDatabase;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;

/**
 * What each member of staff chose on this till: their language, applied when they sign in; and the till's own
 * language, which it starts in (chosen on the setup screen, then by whoever last switched language on it). Not
 * synced: a till's screen preference, not a record of the business.
 */
public final class StaffPreferences {
    private final SqliteDatabase db;
    private final Clock clock;

    StaffPreferences(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The language {@code staff} chose here, if they ever did. */
    public Optional<Locale> language(UUID staff) {
        try (SqlSession s = db.read()) {
            return Optional.ofNullable(s.getMapper(PreferenceMapper.class).language(staff.toString()))
                    .map(Locale::forLanguageTag);
        }
    }

    /** @throws IllegalArgumentException for a language the till does not speak (English and Arabic) */
    public void setLanguage(UUID staff, Locale language) {
        if (staff == null) {
            throw new IllegalArgumentException("staff and language are required");
        }
        String code = spoken(language);
        try (SqlSession s = db.write()) {
            s.getMapper(PreferenceMapper.class).setLanguage(staff.toString(), code, clock.millis());
            s.commit();
        }
    }

    /** The language this till starts in when none is given on its command line; empty until one was chosen. */
    public Optional<Locale> tillLanguage() {
        try (SqlSession s = db.read()) {
            return Optional.ofNullable(s.getMapper(PreferenceMapper.class).tillLanguage()).map(Locale::forLanguageTag);
        }
    }

    /** @throws IllegalArgumentException for a language the till does not speak (English and Arabic) */
    public void setTillLanguage(Locale language) {
        String code = spoken(language);
        try (SqlSession s = db.write()) {
            s.getMapper(PreferenceMapper.class).setTillLanguage(code, clock.millis());
            s.commit();
        }
    }

    /** Whether the till speaks {@code language}: English or Arabic. */
    public static boolean speaks(Locale language) {
        return language != null && (language.getLanguage().equals("en") || language.getLanguage().equals("ar"));
    }

    private static String spoken(Locale language) {
        if (language == null) {
            throw new IllegalArgumentException("staff and language are required");
        }
        if (!speaks(language)) {
            throw new IllegalArgumentException("the till speaks English (en) and Arabic (ar), not "
                    + language.getLanguage());
        }
        return language.getLanguage();
    }
}
