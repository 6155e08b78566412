package cedarpos.terminal.ui.shift;

import cedarpos.domain.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the shift screens write times and signed amounts: Western digits, whatever the language. */
final class ShiftFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ShiftFormat() {
    }

    static String time(long ms) {
        return TIME.format(Instant.ofEpochMilli(ms).atZone(ZoneId.systemDefault()));
    }

    static String dateTime(long ms) {
        return DATE_TIME.format(Instant.ofEpochMilli(ms).atZone(ZoneId.systemDefault()));
    }

    /** From {@code from} to {@code to}: the date once when both fall on the same day. */
    static String span(long from, long to) {
        String start = dateTime(from);
        String end = dateTime(to);
        return end.substring(0, 10).equals(start.substring(0, 10)) ? start + " \u2013 " + end.substring(11)
                : start + " \u2013 " + end;
    }

    /**
     * "+$3.00", "-LBP 28,575", "$0.00": the sign in front, where a cashier reads over and short; embedded left to
     * right, so that an Arabic line does not move the sign behind the amount.
     */
    static String signed(Money m) {
        if (m.minor() == 0) {
            return m.display();
        }
        Money abs = Money.of(Math.abs(m.minor()), m.currency());
        return "\u202a" + (m.minor() > 0 ? "+" : "-") + abs.display() + "\u202c";
    }

    /** A negative amount with its sign in front: "-$2.00" rather than "$-2.00". */
    static String amount(Money m) {
        return m.minor() < 0 ? signed(m) : m.display();
    }
}
