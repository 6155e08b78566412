package cedarpos.terminal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "192.168.1.10, ws://192.168.1.10:8080/sync",
            "' 192.168.1.10 ', ws://192.168.1.10:8080/sync",
            "server, ws://server:8080/sync",
            "server:8080, ws://server:8080/sync",
            "server:9090, ws://server:9090/sync",
            "SERVER.local:8080/, ws://SERVER.local:8080/sync",
            "http://server:8080, ws://server:8080/sync",
            "HTTP://server:8080/, ws://server:8080/sync",
            "http://server, ws://server:8080/sync",
            "ws://server:8080/sync, ws://server:8080/sync",
            "ws://server:8080/sync/, ws://server:8080/sync",
            "https://pos.example.com, wss://pos.example.com/sync",
            "wss://pos.example.com/sync, wss://pos.example.com/sync",
            "https://pos.example.com:8443, wss://pos.example.com:8443/sync",
            "http://server:8080/admin/, ws://server:8080/sync",
            "http://server:8080/admin/#terminals, ws://server:8080/sync",
            "http://server:8080/admin/index.html?x=1, ws://server:8080/sync",
            "https://example.com/cedar, wss://example.com/cedar/sync",
            "https://example.com/cedar/admin/, wss://example.com/cedar/sync",
            "[::1]:8080, ws://[::1]:8080/sync",
            "127.0.0.1:1, ws://127.0.0.1:1/sync"})
    void whatAPersonTypesBecomesTheSyncAddress(String typed, String sync) {
        assertThat(ServerAddress.parse(typed)).contains(URI.create(sync));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://server", "file:///etc/passwd", "server name", "server:abc", "server:0",
            "server:70000", "http://", "://server", "http://user:pw@server:8080", "mailto:a@b"})
    void whatCannotBeAServerIsRefused(String typed) {
        assertThat(ServerAddress.parse(typed)).isEmpty();
    }

    @Test
    void nullIsNoAddress() {
        assertThat(ServerAddress.parse(null)).isEmpty();
    }

    @Test
    void anAddressReadsAsHostAndPort() {
        assertThat(ServerAddress.shown(URI.create("ws://192.168.1.10:8080/sync"))).isEqualTo("192.168.1.10:8080");
        assertThat(ServerAddress.shown(URI.create("wss://pos.example.com/sync"))).isEqualTo("https://pos.example.com");
    }

    @Test
    void theEnrollmentCallGoesToTheSameServer() {
        assertThat(EnrollmentClient.enrollmentUri(ServerAddress.parse("192.168.1.10").orElseThrow()))
                .isEqualTo(URI.create("http://192.168.1.10:8080/api/enrollments"));
    }

    @Test
    void theWebAdminIsOnTheSameServer() {
        assertThat(ServerAddress.admin(URI.create("ws://192.168.1.10:8080/sync")))
                .isEqualTo(URI.create("http://192.168.1.10:8080/admin/"));
        assertThat(ServerAddress.admin(URI.create("wss://pos.example.com/sync")))
                .isEqualTo(URI.create("https://pos.example.com/admin/"));
        assertThat(ServerAddress.admin(URI.create("wss://example.com:8443/cedar/sync")))
                .isEqualTo(URI.create("https://example.com:8443/cedar/admin/"));
    }
}
