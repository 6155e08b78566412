package cedarpos.server.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochWitnessTest {
    private static final String BRANCH = "b0000000-0000-4000-8000-000000000001";

    @Test
    void aDatabaseIsBehindOnlyWhenItHasTheSameEpochAndLessThanTheWitnessSaw() {
        EpochWitness seen = new EpochWitness("e1", Map.of(BRANCH, 5L), 7);
        assertThat(new EpochWitness("e1", Map.of(BRANCH, 4L), 7).isBehind(seen)).isTrue();
        assertThat(new EpochWitness("e1", Map.of(BRANCH, 5L), 6).isBehind(seen)).isTrue();
        assertThat(new EpochWitness("e1", Map.of(), 7).isBehind(seen)).as("a branch disappeared").isTrue();
        assertThat(new EpochWitness("e1", Map.of(BRANCH, 5L), 7).isBehind(seen)).isFalse();
        assertThat(new EpochWitness("e1", Map.of(BRANCH, 9L, "other", 1L), 8).isBehind(seen)).isFalse();
        assertThat(new EpochWitness("e2", Map.of(BRANCH, 0L), 0).isBehind(seen)).as("another database").isFalse();
    }

    @Test
    void theWitnessSurvivesAWriteAndARead(@TempDir Path dir) {
        assertThat(EpochWitness.load(dir)).isEmpty();
        EpochWitness w = new EpochWitness("e1", Map.of(BRANCH, 5L, "other", 2L), 7);
        w.save(dir.resolve("sub"));
        assertThat(EpochWitness.load(dir.resolve("sub"))).contains(w);
        assertThat(Files.exists(dir.resolve("sub").resolve(EpochWitness.FILE + ".tmp"))).isFalse();
    }
}
