package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The chaos run, short enough for {@code mvn verify}: three terminal processes driving orders, each behind its own
 * faulty link, with {@code kill -9} of terminals, cuts, stalls, refusals and delays, one {@code kill -9} of the
 * server, and one terminal kept cut off until it is more than 2,000 changes behind. Nothing saved may be lost or
 * doubled, and everything must converge. The long run is {@code bench/run chaos}.
 *
 * <p>System properties {@code chaos.seed}, {@code chaos.behind}, {@code chaos.seconds} and {@code chaos.rate}
 * (orders a second per terminal) override the defaults (e.g. {@code -Dchaos.behind=0} for a run without the
 * laggard).
 */
class ChaosIT {
    @Test
    void savedOrdersSurviveKillsCutsAndAServerCrashAndEveryTerminalConverges() {
        long behind = Long.getLong("chaos.behind", 2000);
        Chaos.Config config = new Chaos.Config(3, Duration.ofSeconds(Long.getLong("chaos.seconds", 60)),
                Double.parseDouble(System.getProperty("chaos.rate", "5")), Long.getLong("chaos.seed", 14),
                Duration.ofMillis(1500), 1, behind, Duration.ofMinutes(4));
        Chaos.Result r = Chaos.run(config);
        System.out.println(r.line());

        assertThat(r.kills()).as("terminal kills").isPositive();
        assertThat(r.cuts()).as("connection cuts").isPositive();
        assertThat(r.stalls() + r.refusals()).as("stalls and refusals").isPositive();
        assertThat(r.serverKills()).as("server kills").isEqualTo(1);
        assertThat(r.orders()).as("orders saved").isPositive();
        if (behind > 0) {
            assertThat(r.laggardBehind()).as("changes the laggard was behind when it reconnected")
                    .isGreaterThan(behind);
        }
        assertThat(r.problems()).isEmpty();
        assertThat(r.lost()).isZero();
        assertThat(r.duplicated()).isZero();
        assertThat(r.unconverged()).isZero();
    }
}
