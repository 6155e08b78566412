package cedarpos.terminal.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.ui.kit.Ui;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every string of the payment screen in both languages: an Arabic key missing would show English to the cashier. */
class PaymentMessagesTest {
    /** Strings with no words to translate. */
    static final Set<String> SAME = Set.of("payment.titleFor", "payment.shareOf", "payment.equals", "payment.about");

    @Test
    void everyPaymentStringIsInEnglishAndInArabic() {
        ResourceBundle en = Ui.messages(Locale.ENGLISH);
        ResourceBundle ar = Ui.messages(Locale.forLanguageTag("ar"));
        Set<String> keys = new TreeSet<>();
        en.keySet().stream().filter(k -> k.startsWith("payment.")).forEach(keys::add);
        assertThat(keys).hasSizeGreaterThan(40);
        // a key missing in Arabic falls back to the English text, which the checks below refuse
        for (String key : keys) {
            if (!SAME.contains(key)) {
                assertThat(ar.getString(key)).as(key).isNotEqualTo(en.getString(key))
                        .containsPattern("[\\u0600-\\u06FF]");
            }
        }
    }
}
