package cedarpos.server.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.protocol.v1.Jsons;
import cedarpos.server.platform.ApiError;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StartupGateTest {

    @Test
    void aDatabaseThatCannotBeMigratedYetIsDatabaseUnavailable() {
        ApiError e = StartupGate.refusal(false, DatabaseStartup.UNAVAILABLE + "SQLException: connection refused");
        assertThat(e.code()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(e.message()).contains("connection refused");
    }

    @Test
    void startupWorkInProgressIsServerStarting() {
        assertThat(StartupGate.refusal(false, "database not migrated yet").code()).isEqualTo("SERVER_STARTING");
        assertThat(StartupGate.refusal(true, "").code()).isEqualTo("SERVER_STARTING");
        assertThat(StartupGate.refusal(false, null).code()).isEqualTo("SERVER_STARTING");
    }

    @Test
    void theBodyIsTheUsualCodeAndMessageObject() {
        String body = new ApiError("SERVER_STARTING", "the \"server\" is starting").toJson();
        JsonObject json = Jsons.reader(new StringReader(body)).readObject();
        assertThat(json.keySet()).containsExactly("code", "message");
        assertThat(json.getString("code")).isEqualTo("SERVER_STARTING");
        assertThat(json.getString("message")).isEqualTo("the \"server\" is starting");
    }
}
