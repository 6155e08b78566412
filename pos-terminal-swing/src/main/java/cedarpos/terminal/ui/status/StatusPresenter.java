package cedarpos.terminal.ui.status;

import cedarpos.terminal.sync.SyncStatus;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;
import java.util.ResourceBundle;

/**
 * Turns the sync worker's status into what the cashier reads: online/offline,
 * how many sales wait for the server and for how long, and the last sync time.
 */
public final class StatusPresenter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final StatusView view;
    private final ResourceBundle messages;
    private final Clock clock;
    private SyncStatus last = new SyncStatus(false, 0, OptionalLong.empty(), OptionalLong.empty(), null);

    public StatusPresenter(StatusView view, ResourceBundle messages, Clock clock) {
        this.view = view;
        this.messages = messages;
        this.clock = clock;
    }

    public void update(SyncStatus status) {
        last = status;
        refresh();
    }

    /** Re-renders with the current time, so the pending age keeps counting. */
    public void refresh() {
        SyncStatus s = last;
        String connection = messages.getString(s.online() ? "status.online" : "status.offline");
        String pending = MessageFormat.format(messages.getString("status.pending"), s.pendingCount());
        String age = null;
        if (s.pendingCount() > 0 && s.oldestPendingAtMs().isPresent()) {
            age = MessageFormat.format(messages.getString("status.oldest"),
                    age(clock.millis() - s.oldestPendingAtMs().getAsLong()));
        }
        String sync = s.lastSyncAtMs().isPresent()
                ? TIME.withZone(clock.getZone()).format(Instant.ofEpochMilli(s.lastSyncAtMs().getAsLong()))
                : messages.getString("status.never");
        view.show(s.online(), connection, pending, age,
                MessageFormat.format(messages.getString("status.lastSync"), sync));
    }

    private String age(long ms) {
        long seconds = Math.max(0, ms / 1000);
        if (seconds < 60) {
            return MessageFormat.format(messages.getString("age.seconds"), seconds);
        }
        if (seconds < 3600) {
            return MessageFormat.format(messages.getString("age.minutes"), seconds / 60);
        }
        return MessageFormat.format(messages.getString("age.hours"), seconds / 3600, (seconds % 3600) / 60);
    }
}
