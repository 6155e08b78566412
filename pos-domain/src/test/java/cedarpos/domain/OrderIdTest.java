package cedarpos.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderIdTest {
    @Test
    void theNumberIsTheLastFourDigitsOfTheUnsignedLowBits() {
        // low bits 0x8000000000000427 = 9223372036854776871 unsigned: never a minus sign
        assertThat(OrderId.parse("00000000-0000-4000-8000-000000000427").number()).isEqualTo("6871");
        assertThat(OrderId.parse("00000000-0000-4000-ffff-ffffffffffff").number()).isEqualTo("1615");
        // always four digits
        assertThat(OrderId.parse("00000000-0000-4000-8000-000000001234").number()).isEqualTo("0468");
    }
}
