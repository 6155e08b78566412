package cedarpos.terminal.store.internal;

import static cedarpos.terminal.testing.LebaneseCatalog.ALMAZA;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API a course's FIRE takes: tickets for the course's lines, queued inside the caller's transaction. */
class FireTicketsTest {
    @TempDir
    Path dir;

    @Test
    void firingLinesQueuesAFireTicketPerStationOnlyWhenTheTransactionCommits() {
        MergedOrder o;
        try (TerminalStore store = StoreFixture.openWithCatalog(dir, Clock.systemUTC())) {
            o = store.orders().place(null, List.of(new NewLine(KAFTA, 1), new NewLine(HUMMUS, 1),
                    new NewLine(ALMAZA, 1)));
        }
        List<cedarpos.domain.OrderLineId> course = List.of(o.lines().get(0).line().id(),
                o.lines().get(2).line().id());
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            try (SqlSession s = db.write()) {
                assertThat(new KitchenTickets(s, 5).fire(o, course)).isEqualTo(2);
                // not committed: rolled back with the change it belonged to
            }
            try (SqlSession s = db.write()) {
                assertThat(new KitchenTickets(s, 5).fire(o, course)).isEqualTo(2);
                s.commit();
            }
        }
        try (TerminalStore store = TerminalStore.open(dir)) {
            List<PrintJob> jobs = store.printJobs().ofOrder(o.id());
            assertThat(jobs).extracting(PrintJob::kind).containsOnly(Ticket.Kind.FIRE);
            assertThat(jobs).extracting(PrintJob::station).containsExactly("grill", "bar");
            assertThat(jobs).extracting(j -> j.ticket().lines().get(0).name()).containsExactly("Kafta Meshwiyeh",
                    "Almaza Beer");
        }
    }
}
