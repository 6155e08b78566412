package cedarpos.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The MSI ProductVersion derived from the Maven version by src/main/msi/msi-version. */
class MsiVersionTest {
    private static final Path SCRIPT = Path.of(Tools.property("installer.src"), "msi", "msi-version");

    @ParameterizedTest
    @CsvSource({
            "0.1.0-SNAPSHOT, 0.1.0",
            "1.2, 1.2.0",
            "3, 3.0.0",
            "2.0.1-rc1, 2.0.1",
            "08.1.007, 8.1.7",
            "255.255.65535, 255.255.65535"})
    void derivesNumericMajorMinorBuild(String maven, String msi) {
        assertThat(Tools.ok(null, SCRIPT.toString(), maven).trim()).isEqualTo(msi);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "256.0.0", "1.256.0", "1.0.65536", "x", "1.x", "-SNAPSHOT", ""})
    void refusesWhatMsiCannotHoldSayingWhy(String maven) {
        Tools.Result r = Tools.run(null, SCRIPT.toString(), maven);
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("msi-version:");
    }

    @Test
    void outOfRangeSaysTheLimits() {
        assertThat(Tools.run(null, SCRIPT.toString(), "256.1.0").err()).contains("at most 255");
    }
}
