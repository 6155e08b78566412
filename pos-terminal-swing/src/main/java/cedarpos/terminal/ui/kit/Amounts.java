package cedarpos.terminal.ui.kit;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import java.math.BigDecimal;

/**
 * Amounts as a cashier types them: digits (Western or Arabic-Indic), thousands separators, a decimal point for
 * dollars. Never through a double: the text goes straight to minor units.
 */
public final class Amounts {
    /** Ten billion dollars, a trillion pounds: more than any drawer holds, far from overflowing a long. */
    static final long MAX_MINOR = 1_000_000_000_000L;

    public enum Problem {
        BLANK,
        INVALID,
        TOO_LARGE
    }

    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        public final Problem problem;

        Invalid(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }
    }

    private Amounts() {
    }

    /** @throws Invalid BLANK for nothing typed, INVALID for anything but an amount of {@code currency} */
    public static Money parse(String text, Currency currency) throws Invalid {
        String s = normalize(text);
        if (s.isEmpty()) {
            throw new Invalid(Problem.BLANK);
        }
        if (!s.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            throw new Invalid(Problem.INVALID);
        }
        if (s.replace(".", "").length() > 18) {
            throw new Invalid(Problem.TOO_LARGE);
        }
        BigDecimal minor = new BigDecimal(s).movePointRight(currency.exponent());
        if (minor.stripTrailingZeros().scale() > 0) {
            throw new Invalid(Problem.INVALID);
        }
        if (minor.compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            throw new Invalid(Problem.TOO_LARGE);
        }
        return Money.of(minor.longValueExact(), currency);
    }

    /** Like {@link #parse}, but nothing typed is zero (an empty drawer). */
    public static Money parseOrZero(String text, Currency currency) throws Invalid {
        return normalize(text).isEmpty() ? Money.zero(currency) : parse(text, currency);
    }

    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06f0' && c <= '\u06f9') {
                b.append((char) ('0' + c - '\u06f0'));
            } else if (c == '\u066b') {
                b.append('.');
            } else if (c == ',' || c == '\u066c' || c == '$' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
