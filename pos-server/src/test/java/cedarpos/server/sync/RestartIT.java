package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.hello;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.NewOrder;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.SyncClient;
import org.junit.jupiter.api.Test;

/** What the server acked, and the device token, survive a graceful stop and a kill -9 (H2 file database). */
class RestartIT {

    @Test
    void ackedEntriesSurviveStopAndKill() {
        PayaraServer server = ItServers.demoOnH2(ItServers.workDir("RestartIT")).build();
        try {
            server.start();
            ServerApi.Enrolled terminal = ItServers.admin(server).enrollNew(ID, "till");
            TerminalId t = terminal.terminalId();
            NewOrder first = order(t, 2);
            NewOrder second = order(t, 1);
            String epoch;
            try (SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token())) {
                c.send(hello(t, 0, 0));
                epoch = c.next(Welcome.class).serverEpoch();
                c.next(Catalog.class);
                c.send(push(entry(1, first)));
                assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            }

            server.restart();
            ServerApi api = new ServerApi(server.httpUrl()).asAdmin();
            assertThat(api.order(ID, first.id().toString()).getJsonArray("lines")).hasSize(2);
            try (SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token())) {
                c.send(hello(t, 1, 0));
                Welcome welcome = c.next(Welcome.class);
                assertThat(welcome.serverEpoch()).isEqualTo(epoch);
                assertThat(welcome.lastAppliedSeq()).isEqualTo(1);
                assertThat(welcome.branchHead()).isEqualTo(1);
                c.next(Catalog.class);
                c.send(push(entry(2, second)));
                assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(2);
            }
            // no graceful shutdown: what was acked must already be on disk
            server.kill();
            server.start();
            assertThat(api.order(ID, second.id().toString())).isNotNull();
            assertThat(api.orders(ID)).hasSize(2);
            try (SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token())) {
                c.send(hello(t, 2, 2));
                Welcome welcome = c.next(Welcome.class);
                assertThat(welcome.lastAppliedSeq()).isEqualTo(2);
                assertThat(welcome.serverEpoch()).isEqualTo(epoch);
            }
        } finally {
            server.stop();
        }
    }
}
