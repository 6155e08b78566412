package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.audit.AuditEvent;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventJsonTest {
    static final AuditEvent EVENT = new AuditEvent(UUID.randomUUID(), 1_764_000_000_000L, UUID.randomUUID(),
            "Karim Nassar", "Rana Haddad", AuditEvent.Action.DISCOUNT, UUID.randomUUID().toString(),
            "10% off $42.00", "regular guest");

    @Test
    void round_trip() throws ProtocolException {
        assertThat(AuditEventJson.decode(AuditEventJson.encode(EVENT))).isEqualTo(EVENT);
    }

    @Test
    void bad_events_are_refused_as_invalid_payload() {
        String valid = AuditEventJson.encode(EVENT).toString();
        for (String bad : List.of(valid.replace("\"DISCOUNT\"", "\"FREE_LUNCH\""),
                valid.replace("\"Rana Haddad\"", "\"  \""), valid.replace("\"regular guest\"", "\"\""),
                valid.replace("\"atMs\":1764000000000", "\"atMs\":-1"),
                valid.replace("\"Karim Nassar\"", "\"" + "K".repeat(61) + "\""))) {
            assertThat(bad).isNotEqualTo(valid);
            assertThatThrownBy(() -> AuditEventJson.decode(Json.createReader(new StringReader(bad)).readObject()))
                    .as(bad).isInstanceOfSatisfying(ProtocolException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD));
        }
    }
}
