package cedarpos.terminal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.protocol.v1.ErrorCode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import org.junit.jupiter.api.Test;

class SyncWorkerTest {
    @Test
    void optionsDefaultToBatchesOf500AndRefuseWhatTheServerWouldRefuse() {
        SyncWorker.Options o = SyncWorker.Options.defaults();
        assertThat(o.batchSize()).isEqualTo(500);
        assertThat(o.maxRetryDelayMs()).isEqualTo(1_000);
        assertThat(o.authRetryDelayMs()).isEqualTo(30_000);
        assertThat(o.maxPushBackoffMs()).isEqualTo(30_000);
        assertThat(o.withBatchSize(1000).batchSize()).isEqualTo(1000);
        assertThatThrownBy(() -> o.withBatchSize(1001)).hasMessageContaining("batch size must be 1..1000");
        assertThatThrownBy(() -> o.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> o.withAuthRetryDelayMs(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyCloseNamingATokenCodeIsAnAuthRefusalAndNothingElseIs() {
        assertThat(Sockets.authRefusal(new CloseReason(CloseCodes.VIOLATED_POLICY, "TOKEN_REVOKED")))
                .contains(ErrorCode.TOKEN_REVOKED);
        assertThat(Sockets.authRefusal(new CloseReason(CloseCodes.VIOLATED_POLICY, "TERMINAL_MISMATCH")))
                .contains(ErrorCode.TERMINAL_MISMATCH);
        assertThat(Sockets.authRefusal(new CloseReason(CloseCodes.VIOLATED_POLICY, "UNSUPPORTED_VERSION")))
                .isEmpty();
        assertThat(Sockets.authRefusal(new CloseReason(CloseCodes.NORMAL_CLOSURE, "TOKEN_REVOKED"))).isEmpty();
        assertThat(Sockets.authRefusal(new CloseReason(CloseCodes.VIOLATED_POLICY, "whatever"))).isEmpty();
    }
}
