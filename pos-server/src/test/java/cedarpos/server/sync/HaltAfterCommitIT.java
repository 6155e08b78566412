package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.NewOrder;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The server dies between committing a push and acking it; the resend is applied exactly once, its stock claim
 * decided once.
 */
class HaltAfterCommitIT {

    @Test
    void aPushResentAfterTheServerDiedBeforeItsAckIsStoredOnce() {
        Path work = ItServers.workDir("HaltAfterCommitIT");
        PayaraServer fragile = ItServers.demoOnH2(work).fault("halt-after-commit").build();
        PayaraServer healthy = ItServers.demoOnH2(work).workDir(work.resolve("second")).build();
        try {
            fragile.start();
            Enrolled t = ItServers.admin(fragile).enrollNew(ID, "till");
            // a tracked dish among the lines: its claim on stock must be decided once too
            NewOrder o = order(t.terminalId(), DemoBranch.dish(DemoBranch.KIBBEH_NAYYEH_DISH, "Kibbeh Nayyeh", 1),
                    DemoBranch.line(450));
            Push p = push(entry(1, o));
            try (SyncClient c = SyncClient.connect(fragile.wsUrl(), t.token())) {
                c.send(t.hello(0, 0));
                c.next(Welcome.class);
                c.next(Catalog.class);
                c.send(p);
                assertThat(fragile.awaitExit(Duration.ofSeconds(20))).isEqualTo(137);
                String after = c.nextRaw(Duration.ofSeconds(1));
                assertThat(after).as("no ack may leave a server that halted after the commit").isNull();
            }
            assertThat(fragile.logTail(200)).contains("FAULT INJECTED: halt-after-commit");

            healthy.start();
            ServerApi api = new ServerApi(healthy.httpUrl()).asAdmin();
            try (SyncClient c = SyncClient.connect(healthy.wsUrl(), t.token())) {
                c.send(t.hello(0, 0));
                assertThat(c.next(Welcome.class).lastAppliedSeq()).as("the commit survived the halt").isEqualTo(1);
                c.next(Catalog.class);
                c.send(p);
                assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
                c.expectSilence(Duration.ofMillis(300));
            }
            assertThat(api.orders(ID)).hasSize(1);
            assertThat(api.order(ID, o.id().toString()).getJsonArray("lines")).hasSize(2);
            assertThat(api.changeHead(ID)).as("the order, its line's reservation and the stock balance")
                    .isEqualTo(3);
            assertThat(api.reservations(ID, null).getValuesAs(jakarta.json.JsonObject.class)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.getString("status")).isEqualTo("CONFIRMED");
                        assertThat(r.getInt("version")).isEqualTo(1);
                    });
            assertThat(api.stockItem(ID, DemoBranch.KIBBEH_NAYYEH).getJsonNumber("held").longValue()).isEqualTo(1);
        } finally {
            fragile.kill();
            healthy.stop();
        }
    }
}
