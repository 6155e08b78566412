package cedarpos.terminal.ui.status;

import cedarpos.protocol.v1.ErrorCode;
import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.sync.SyncStatus.Progress;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * Turns the sync worker's status into what the cashier reads: online/offline,
 * how many sales wait for the server and for how long, the last sync time, a
 * device-token problem, and the progress of a long catch-up.
 */
public final class StatusPresenter {
    /** A catch-up shorter than this is over before a bar would be worth reading. */
    static final long PROGRESS_SHOWN_ABOVE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final StatusView view;
    private final ResourceBundle messages;
    private final Clock clock;
    private SyncStatus last = SyncStatus.initial();

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
        String connection = messages.getString(s.online() ? "status.online"
                : s.authRefusal().isPresent() ? "status.unauthorised" : "status.offline");
        String problem = s.authRefusal().map(this::authProblem).orElse(null);
        String pending = MessageFormat.format(messages.getString("status.pending"), s.pendingCount());
        String age = null;
        if (s.pendingCount() > 0 && s.oldestPendingAtMs().isPresent()) {
            age = MessageFormat.format(messages.getString("status.oldest"),
                    age(clock.millis() - s.oldestPendingAtMs().getAsLong()));
        }
        String sync = s.lastSyncAtMs().isPresent()
                ? TIME.withZone(clock.getZone()).format(Instant.ofEpochMilli(s.lastSyncAtMs().getAsLong()))
                : messages.getString("status.never");
        view.show(s.online(), connection, problem, pending, age,
                MessageFormat.format(messages.getString("status.lastSync"), sync));
        view.offerEnrollAgain(s.authRefusal().isPresent());
        view.showRefused(s.rejectedCount() == 0 ? null
                : MessageFormat.format(messages.getString("status.refused"), s.rejectedCount()));
        Progress p = s.progress().filter(x -> x.total() > PROGRESS_SHOWN_ABOVE).orElse(null);
        if (p == null) {
            view.showProgress(null, 0);
        } else {
            String key = p.phase() == SyncStatus.Phase.PUSHING ? "status.sending" : "status.receiving";
            view.showProgress(MessageFormat.format(messages.getString(key), p.done(), p.total()),
                    (int) (p.done() * 1000 / p.total()));
        }
    }

    private String authProblem(ErrorCode code) {
        return messages.getString("status.auth." + code.name());
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
