package cedarpos.terminal.store;

/**
 * What {@link SyncLog#applyChanges} did with one changes frame.
 *
 * @param applied   records written (or skipped as unknown entities) and passed by the cursor
 * @param keptLocal records merged into a local row that still has un-acked entries (both sides are kept)
 * @param cursor    the cursor after the frame
 * @param gap       the first new record was above cursor + 1: nothing was applied, pull from the cursor
 */
public record ApplyResult(int applied, int keptLocal, long cursor, boolean gap) {
}
