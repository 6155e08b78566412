package cedarpos.server.order;

import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of a branch's orders a manager asks for; every part is optional (null or empty: no condition).
 *
 * @param fromMs   opened at or after (the first instant of a business day)
 * @param toMs     opened before (the first instant of the next day); set with {@code fromMs}
 * @param table    the table the check is at now
 * @param terminal the till that opened it
 * @param statuses the order's status as the merge decides it (SENT: open, with a line sent to the kitchen)
 */
public record OrderFilter(Long fromMs, Long toMs, TableId table, TerminalId terminal, Set<OrderStatus> statuses) {
    /** Every order of the branch. */
    public static final OrderFilter ALL = new OrderFilter(null, null, null, null, Set.of());

    public OrderFilter {
        if ((fromMs == null) != (toMs == null) || fromMs != null && fromMs >= toMs) {
            throw new IllegalArgumentException("a time range needs both ends, the start first");
        }
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** The orders opened on {@code day} in {@code zone} (midnight to midnight, or from the first hour after a gap). */
    public static OrderFilter of(LocalDate day, ZoneId zone, TableId table, TerminalId terminal,
                                 Set<OrderStatus> statuses) {
        if (day == null) {
            return new OrderFilter(null, null, table, terminal, statuses);
        }
        return new OrderFilter(day.atStartOfDay(zone).toInstant().toEpochMilli(),
                day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(), table, terminal, statuses);
    }
}
