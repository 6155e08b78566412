package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stale-offline case of the merge rules, with the real server and two real
 * terminals: A (offline) marks table 5 available, B (online) marks it occupied a
 * little later, A comes back: table 5 stays occupied everywhere. A's clock is
 * right in one run and 7 minutes fast in the other; its offset was measured
 * before it went offline, and that correction is what keeps its stale change
 * behind. (Minutes of the story are compressed to a second or two; the order of
 * events is the same.)
 */
class StaleTableIT extends DemoServerPerClass {
    static final Duration SETTLE = Duration.ofSeconds(30);

    @ParameterizedTest(name = "terminal A clock {0} minutes fast")
    @ValueSource(ints = {0, 7})
    void aStaleOfflineTableChangeDoesNotBeatANewerOnlineOne(int minutesFast) throws InterruptedException {
        Clock clockOfA = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(minutesFast));
        Linked a = fleet.startLinked("Terminal A", clockOfA);
        Linked b = fleet.startLinked("Terminal B");
        TableId table5 = a.terminal().store().floor().tables().get(4).id();

        a.offline();
        a.terminal().store().floor().setStatus(table5, TableStatus.AVAILABLE);   // "12:00", offline
        Thread.sleep(1500);
        b.terminal().store().floor().setStatus(table5, TableStatus.OCCUPIED);    // "12:05", online
        Await.until(SETTLE, "the server shows table 5 occupied", () -> "OCCUPIED".equals(serverStatus(table5)));
        assertThat(a.terminal().store().floor().status(table5)).as("A, still offline, shows its own change")
                .contains(TableStatus.AVAILABLE);

        a.online();                                                           // "12:10"
        Await.until(SETTLE, "A shows what the server shows", () -> a.terminal().store().floor().status(table5)
                .equals(Optional.of(TableStatus.OCCUPIED)));
        assertThat(serverStatus(table5)).isEqualTo("OCCUPIED");
        assertThat(b.terminal().store().floor().status(table5)).contains(TableStatus.OCCUPIED);
        // and the other way round: a change A makes now, online, is newer and wins everywhere
        a.terminal().store().floor().setStatus(table5, TableStatus.CLEANING);
        Await.until(SETTLE, "A's newer change reaches B", () -> b.terminal().store().floor().status(table5)
                .equals(Optional.of(TableStatus.CLEANING)));
        assertThat(serverStatus(table5)).isEqualTo("CLEANING");
    }

    private String serverStatus(TableId table) {
        return fleet.api().tables(BRANCH).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("id").equals(table.toString())).findFirst()
                .map(t -> t.getString("status")).orElse(null);
    }
}
