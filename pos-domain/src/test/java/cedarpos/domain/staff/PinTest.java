package cedarpos.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PinTest {
    @Test
    void a_pin_matches_its_own_hash_only() {
        String hash = Pin.hash("4821".toCharArray(), new SecureRandom());
        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("4821");
        assertThat(Pin.matches("4821".toCharArray(), hash)).isTrue();
        assertThat(Pin.matches("4822".toCharArray(), hash)).isFalse();
        assertThat(Pin.matches("48211".toCharArray(), hash)).isFalse();
        // salted: the same PIN hashes differently twice
        assertThat(Pin.hash("4821".toCharArray(), new SecureRandom())).isNotEqualTo(hash);
    }

    @Test
    void malformed_pins_and_hashes_are_refused_with_a_reason() {
        assertThatThrownBy(() -> Pin.hash("12".toCharArray(), new SecureRandom())).hasMessageContaining("4 to 8");
        assertThatThrownBy(() -> Pin.hash("12a4".toCharArray(), new SecureRandom())).hasMessageContaining("digits");
        assertThat(Pin.matches("1234".toCharArray(), "plain-1234")).isFalse();
        assertThat(Pin.matches("1234".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
        assertThatThrownBy(() -> new StaffMember(UUID.randomUUID(), "Rami", Role.CASHIER, "1234"))
                .hasMessageContaining("PIN hash");
    }

    @Test
    void only_a_manager_approves() {
        assertThat(Role.MANAGER.approves()).isTrue();
        assertThat(Role.CASHIER.approves()).isFalse();
        assertThat(Role.WAITER.takesPayment()).isFalse();
    }
}
