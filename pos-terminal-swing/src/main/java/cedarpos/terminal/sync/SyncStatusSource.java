package cedarpos.terminal.sync;

import java.util.function.Consumer;

/** Where a status bar gets its {@link SyncStatus} from: the worker, or a screenshot test's fabricated one. */
public interface SyncStatusSource {
    /** The listener is called with every new status (off the EDT) and once right away. */
    void addListener(Consumer<SyncStatus> listener);

    void removeListener(Consumer<SyncStatus> listener);
}
