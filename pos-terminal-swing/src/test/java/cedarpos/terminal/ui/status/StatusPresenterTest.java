package cedarpos.terminal.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.protocol.v1.ErrorCode;
import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.sync.SyncStatus.Phase;
import cedarpos.terminal.sync.SyncStatus.Progress;
import cedarpos.terminal.ui.kit.Ui;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StatusPresenterTest {
    static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");
    static final Instant NOW = LocalDateTime.of(2026, 11, 25, 14, 30, 0).atZone(BEIRUT).toInstant();

    String[] shown;
    boolean online;
    String progressText = "never called";
    int permille = -1;
    final StatusView view = new StatusView() {
        @Override
        public void show(boolean on, String connection, String problem, String pending, String age,
                         String lastSync) {
            online = on;
            shown = new String[] {connection, problem, pending, age, lastSync};
        }

        @Override
        public void showProgress(String text, int p) {
            progressText = text;
            permille = p;
        }
    };

    @Test
    void offlineWithPendingShowsCountAgeAndLastSyncInLocalTime() {
        StatusPresenter p = english();
        p.update(status(false, 3, OptionalLong.of(NOW.toEpochMilli() - 125_000), null, null));
        assertThat(online).isFalse();
        assertThat(shown).containsExactly("Offline", null, "Pending: 3", "oldest 2 min", "Last sync: 13:30:00");
        assertThat(progressText).isNull();
    }

    @Test
    void onlineAndDrainedShowsNoAgeAndNeverBeforeTheFirstSync() {
        StatusPresenter p = english();
        p.update(SyncStatus.initial());
        p.update(new SyncStatus(true, 0, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), null));
        assertThat(online).isTrue();
        assertThat(shown).containsExactly("Online", null, "Pending: 0", null, "Last sync: never");
    }

    @Test
    void aLongCatchUpShowsABarWithGroupedNumbersAndAShortOneDoesNot() {
        StatusPresenter p = english();
        p.update(status(true, 8_800, OptionalLong.empty(), new Progress(Phase.PUSHING, 1_200, 10_000), null));
        assertThat(progressText).isEqualTo("Sending 1,200 of 10,000");
        assertThat(permille).isEqualTo(120);
        p.update(status(true, 0, OptionalLong.empty(), new Progress(Phase.PULLING, 2_500, 5_000), null));
        assertThat(progressText).isEqualTo("Receiving 2,500 of 5,000");
        assertThat(permille).isEqualTo(500);
        p.update(status(true, 0, OptionalLong.empty(), new Progress(Phase.PULLING, 10, 100), null));
        assertThat(progressText).isNull();
    }

    @Test
    void aRefusedTokenSaysWhatToDoInsteadOfJustOffline() {
        StatusPresenter p = english();
        p.update(status(false, 4, OptionalLong.empty(), null, ErrorCode.TOKEN_REVOKED));
        assertThat(shown[0]).isEqualTo("Not authorised");
        assertThat(shown[1]).isEqualTo("Device token revoked: enroll this terminal again");
        assertThat(shown[2]).isEqualTo("Pending: 4");
    }

    @Test
    void arabicStringsComeFromTheArabicBundle() {
        StatusPresenter p = new StatusPresenter(view, Ui.messages(Locale.forLanguageTag("ar")),
                Clock.fixed(NOW, BEIRUT));
        p.update(new SyncStatus(true, 0, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), null));
        assertThat(shown[0]).isEqualTo("متصل");
        assertThat(shown[4]).isEqualTo("آخر مزامنة: لم تتم بعد");
        p.update(status(false, 0, OptionalLong.empty(), new Progress(Phase.PUSHING, 1_200, 10_000),
                ErrorCode.UNKNOWN_TOKEN));
        assertThat(progressText).startsWith("إرسال ").contains(" من ");
        assertThat(shown[0]).isEqualTo("غير مصرّح");
        assertThat(shown[1]).contains("سجّل هذا الجهاز من جديد");
    }

    @Test
    void everyAuthRefusalHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ar")}) {
            StatusPresenter p = new StatusPresenter(view, Ui.messages(locale), Clock.fixed(NOW, BEIRUT));
            for (ErrorCode code : ErrorCode.values()) {
                if (SyncStatus.isAuthRefusal(code)) {
                    p.update(status(false, 0, OptionalLong.empty(), null, code));
                    assertThat(shown[1]).as(code + " in " + locale).isNotBlank();
                }
            }
        }
    }

    private StatusPresenter english() {
        return new StatusPresenter(view, Ui.messages(Locale.ENGLISH), Clock.fixed(NOW, BEIRUT));
    }

    private static SyncStatus status(boolean online, long pending, OptionalLong oldest, Progress progress,
                                     ErrorCode refusal) {
        return new SyncStatus(online, pending, oldest, OptionalLong.of(NOW.toEpochMilli() - 3_600_000),
                OptionalLong.empty(), Optional.ofNullable(progress), Optional.ofNullable(refusal),
                refusal == null ? null : refusal.name());
    }
}
