package cedarpos.terminal.store;

import cedarpos.terminal.store.internal.PreferenceMapper;
import cedarpos.terminal.store.internal.SqliteDatabase;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;

/**
 * What each member of staff chose on this till: their language, applied when they sign in. Not synced: a till's
 * screen preference, not a record of the business.
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
        if (staff == null || language == null) {
            throw new IllegalArgumentException("staff and language are required");
        }
        String code = language.getLanguage();
        if (!code.equals("en") && !code.equals("ar")) {
            throw new IllegalArgumentException("the till speaks English (en) and Arabic (ar), not " + code);
        }
        try (SqlSession s = db.write()) {
            s.getMapper(PreferenceMapper.class).setLanguage(staff.toString(), code, clock.millis());
            s.commit();
        }
    }
}
