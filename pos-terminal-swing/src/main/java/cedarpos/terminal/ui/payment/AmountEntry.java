package cedarpos.terminal.ui.payment;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the keypad has typed: an amount in the selected currency's major units ("15" is $15.00, "1297750" is
 * LBP 1,297,750), with a decimal point and up to the currency's decimals. A key that would make it something no
 * amount is, is refused and the typed amount stays as it was.
 */
final class AmountEntry {
    /** More whole digits than this is a finger resting on a key, not a payment. */
    static final int MAX_WHOLE_DIGITS = 10;

    /** Why a key was refused: each is a message key under {@code payment.}. */
    enum Refusal {
        TOO_MANY_DIGITS("payment.bad.digits"),
        TOO_MANY_DECIMALS("payment.bad.decimals"),
        NO_DECIMALS("payment.bad.noDecimals");

        final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    private final StringBuilder typed = new StringBuilder();
    private Currency currency;

    AmountEntry(Currency currency) {
        this.currency = currency;
    }

    Currency currency() {
        return currency;
    }

    /** Another currency: what was typed meant the old one, so it goes. */
    void switchTo(Currency to) {
        if (to != currency) {
            currency = to;
            typed.setLength(0);
        }
    }

    boolean isEmpty() {
        return typed.isEmpty();
    }

    /** @return null when taken, else why not */
    Refusal digit(char d) {
        if (d < '0' || d > '9') {
            throw new IllegalArgumentException("not a digit: " + d);
        }
        int point = typed.indexOf(".");
        if (point >= 0) {
            if (typed.length() - point - 1 >= currency.exponent()) {
                return Refusal.TOO_MANY_DECIMALS;
            }
        } else if ("0".contentEquals(typed)) {
            // a leading zero is replaced, so "05" reads 5
            typed.setLength(0);
        } else if (typed.length() >= MAX_WHOLE_DIGITS) {
            return Refusal.TOO_MANY_DIGITS;
        }
        typed.append(d);
        return null;
    }

    /** Two zeros, or neither. */
    Refusal doubleZero() {
        String before = typed.toString();
        Refusal r = digit('0');
        if (r == null) {
            r = digit('0');
        }
        if (r != null) {
            typed.setLength(0);
            typed.append(before);
        }
        return r;
    }

    Refusal point() {
        if (currency.exponent() == 0) {
            return Refusal.NO_DECIMALS;
        }
        if (typed.indexOf(".") < 0) {
            if (typed.isEmpty()) {
                typed.append('0');
            }
            typed.append('.');
        }
        return null;
    }

    void backspace() {
        if (!typed.isEmpty()) {
            typed.setLength(typed.length() - 1);
        }
    }

    void clear() {
        typed.setLength(0);
    }

    /** Types {@code amount} (its currency becomes the selected one): "20" for $20.00, "14.50" for $14.50. */
    void set(Money amount) {
        currency = amount.currency();
        typed.setLength(0);
        BigDecimal major = amount.toMajor();
        typed.append(amount.minor() % pow10(currency.exponent()) == 0
                ? major.setScale(0).toPlainString() : major.toPlainString());
    }

    /** The typed amount in minor units; 0 when nothing is typed. */
    long minor() {
        if (typed.isEmpty()) {
            return 0;
        }
        // at most MAX_WHOLE_DIGITS whole digits and the currency's decimals: always fits a long
        return new BigDecimal(typed.toString()).movePointRight(currency.exponent()).longValueExact();
    }

    /** As the cashier reads it while typing: "$15.5", "LBP 1,297,750", "$0" when empty. */
    String display() {
        String text = typed.isEmpty() ? "0" : typed.toString();
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String grouped = String.format(Locale.ROOT, "%,d", Long.parseLong(whole));
        String shown = point < 0 ? grouped : grouped + text.substring(point);
        return currency == Currency.USD ? currency.symbol() + shown : currency.symbol() + " " + shown;
    }

    private static long pow10(int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 10;
        }
        return p;
    }
}
