package cedarpos.terminal.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.ui.Ui;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StatusPresenterTest {
    static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");
    static final Instant NOW = LocalDateTime.of(2026, 11, 25, 14, 30, 0).atZone(BEIRUT).toInstant();

    String[] shown;
    boolean online;
    final StatusView view = (on, connection, pending, age, lastSync) -> {
        online = on;
        shown = new String[] {connection, pending, age, lastSync};
    };

    @Test
    void offlineWithPendingShowsCountAgeAndLastSyncInLocalTime() {
        StatusPresenter p = new StatusPresenter(view, Ui.messages(Locale.ENGLISH), Clock.fixed(NOW, BEIRUT));
        p.update(new SyncStatus(false, 3, OptionalLong.of(NOW.toEpochMilli() - 125_000),
                OptionalLong.of(NOW.toEpochMilli() - 3_600_000), "connect failed"));
        assertThat(online).isFalse();
        assertThat(shown).containsExactly("Offline", "Pending: 3", "oldest 2 min", "Last sync: 13:30:00");
    }

    @Test
    void onlineAndDrainedShowsNoAgeAndNeverBeforeTheFirstSync() {
        StatusPresenter p = new StatusPresenter(view, Ui.messages(Locale.ENGLISH), Clock.fixed(NOW, BEIRUT));
        p.update(new SyncStatus(true, 0, OptionalLong.empty(), OptionalLong.empty(), null));
        assertThat(online).isTrue();
        assertThat(shown).containsExactly("Online", "Pending: 0", null, "Last sync: never");
    }

    @Test
    void arabicStringsComeFromTheArabicBundle() {
        StatusPresenter p = new StatusPresenter(view, Ui.messages(Locale.forLanguageTag("ar")),
                Clock.fixed(NOW, BEIRUT));
        p.update(new SyncStatus(true, 0, OptionalLong.empty(), OptionalLong.empty(), null));
        assertThat(shown[0]).isEqualTo("متصل");
        assertThat(shown[3]).isEqualTo("آخر مزامنة: لم تتم بعد");
    }
}
