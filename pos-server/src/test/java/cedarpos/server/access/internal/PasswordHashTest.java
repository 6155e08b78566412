package cedarpos.server.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void aHashDescribesItselfAndOnlyTheRightPasswordMatchesIt() {
        String h = PasswordHash.hash("correct horse".toCharArray());
        assertThat(h).startsWith("pbkdf2-sha256$210000$").doesNotContain("correct");
        assertThat(PasswordHash.verify("correct horse".toCharArray(), h)).isTrue();
        assertThat(PasswordHash.verify("correct horsE".toCharArray(), h)).isFalse();
        assertThat(PasswordHash.hash("correct horse".toCharArray())).as("random salt").isNotEqualTo(h);
        assertThat(PasswordHash.verify("x".toCharArray(), "plain-text")).isFalse();
    }
}
