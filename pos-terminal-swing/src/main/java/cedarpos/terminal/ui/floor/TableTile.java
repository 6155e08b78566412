package cedarpos.terminal.ui.floor;

import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;

/**
 * One table as the floor plan shows it.
 *
 * @param detail the open check: who serves it, for how long, and its total ("Maya · 25 min · $42.00"); or the
 *               seats when there is no check
 */
public record TableTile(TableId id, String label, TableStatus status, String statusText, String detail) {
}
