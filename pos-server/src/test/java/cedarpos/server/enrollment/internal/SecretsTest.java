package cedarpos.server.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void tokensAre43Base64UrlCharactersAndOnlyTheirHashIsKept() {
        String token = Secrets.newToken();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Secrets.sha256(token)).hasSize(64).isNotEqualTo(Secrets.sha256(Secrets.newToken()));
        assertThat(Secrets.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
