package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/**
 * The server database replaced by an older copy: detected at startup through
 * the epoch witness, or declared by the operator. Either way the epoch changes
 * and the terminal resends what the database lost, which is then accepted.
 */
class EpochIT {

    @Test
    void aRestoredOlderDatabaseGetsANewEpochAndAcceptsTheResentEntries() throws IOException {
        Path work = ItServers.workDir("EpochIT");
        Path database = work.resolve("data").resolve("cedarpos.mv.db");
        Path backup = work.resolve("backup.mv.db");
        PayaraServer server = ItServers.demoOnH2(work).build();
        PayaraServer declared = ItServers.demoOnH2(work).workDir(work.resolve("declared")).newEpoch(true).build();
        try {
            server.start();
            Enrolled t = ItServers.admin(server).enrollNew(ID, "till");
            OutboxEntry e1 = entry(1, order(t.terminalId(), 1));
            OutboxEntry e2 = entry(2, order(t.terminalId(), 2));
            OutboxEntry e3 = entry(3, order(t.terminalId(), 3));
            String original;
            try (SyncClient c = greeted(server, t, 0, 0)) {
                original = c.next(Welcome.class).serverEpoch();
                c.next(Catalog.class);
                c.send(push(e1));
                assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            }
            server.stop();
            Files.copy(database, backup);

            server.start();
            try (SyncClient c = greeted(server, t, 1, 1)) {
                assertThat(c.next(Welcome.class).serverEpoch()).as("a plain restart keeps the epoch").isEqualTo(original);
                c.next(Catalog.class);
                c.send(push(e2, e3));
                assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(3);
            }
            server.stop();
            Files.copy(backup, database, StandardCopyOption.REPLACE_EXISTING);

            server.start();
            ServerApi api = new ServerApi(server.httpUrl()).asAdmin();
            assertThat(api.orders(ID)).hasSize(1);
            String restored;
            try (SyncClient c = greeted(server, t, 3, 3)) {
                Welcome w = c.next(Welcome.class);
                restored = w.serverEpoch();
                assertThat(restored).as("restore detected").isNotEqualTo(original).hasSize(36);
                assertThat(w.lastAppliedSeq()).isEqualTo(1);
                assertThat(w.branchHead()).isEqualTo(1);
                c.next(Catalog.class);
                // the terminal's outbox still holds the acked entries 2 and 3: it sends them again, unchanged
                c.send(push(e2, e3));
                assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(3);
            }
            assertThat(api.orders(ID)).hasSize(3);
            assertThat(api.changeHead(ID)).isEqualTo(3);
            assertThat(server.logTail(400)).contains("server epoch replaced old=" + original + " new=" + restored);
            server.stop();

            // the documented restore procedure: the operator declares it
            declared.start();
            try (SyncClient c = greeted(declared, t, 3, 3)) {
                Welcome w = c.next(Welcome.class);
                assertThat(w.serverEpoch()).isNotEqualTo(restored).isNotEqualTo(original);
                assertThat(w.lastAppliedSeq()).isEqualTo(3);
            }
        } finally {
            server.stop();
            declared.stop();
        }
    }

    private static SyncClient greeted(PayaraServer server, Enrolled t, long lastAcked, long cursor) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(lastAcked, cursor));
        return c;
    }
}
