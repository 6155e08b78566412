package cedarpos.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The server's systemd unit and the environment file it reads (src/main/systemd). */
class ServerServiceTest {
    private static final Path DIR = Path.of(Tools.property("installer.src"), "systemd");

    /** Every configuration key the server reads (pos-server: Settings, AdminBootstrap, JpaSales), as env names. */
    private static final List<String> SERVER_SETTINGS = List.of("CEDARPOS_DATA_DIR", "CEDARPOS_DB_URL",
            "CEDARPOS_DB_USER", "CEDARPOS_DB_PASSWORD", "CEDARPOS_DEMO", "CEDARPOS_NEW_EPOCH", "CEDARPOS_ADMIN_USER",
            "CEDARPOS_ADMIN_PASSWORD", "CEDARPOS_SALES_ZONE");

    @Test
    void runsTheUberJarAsItsOwnUserWithAnEnvironmentFileAndRestartsOnFailure() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("cedarpos-server.service"));
        Map<String, String> service = section(lines, "[Service]");
        assertThat(service).containsEntry("User", "cedarpos").containsEntry("Group", "cedarpos")
                .containsEntry("EnvironmentFile", "/etc/cedarpos/server.env")
                .containsEntry("Restart", "on-failure").containsEntry("StateDirectory", "cedarpos")
                .containsEntry("SuccessExitStatus", "143").containsEntry("NoNewPrivileges", "yes");
        // the launcher (src/main/bin/cedarpos-server) beside the jar reads the port, the JVM options and Java from these
        assertThat(service.get("ExecStart")).isEqualTo("/opt/cedarpos/cedarpos-server");
        assertThat(service.get("Environment")).contains("CEDARPOS_DATA_DIR=/var/lib/cedarpos/server", "CEDARPOS_PORT=",
                "CEDARPOS_JAVA_OPTS=", "JAVA=/usr/bin/java");
        assertThat(section(lines, "[Install]")).containsEntry("WantedBy", "multi-user.target");
        assertThat(section(lines, "[Unit]").get("After")).contains("network-online.target");
    }

    @Test
    void theEnvironmentFileNamesEverySettingOfTheServer() throws IOException {
        String env = Files.readString(DIR.resolve("server.env"));
        for (String setting : SERVER_SETTINGS) {
            assertThat(env).as(setting).containsPattern("(?m)^#?" + setting + "=");
        }
        assertThat(env).containsPattern("(?m)^CEDARPOS_PORT=8080$").containsPattern("(?m)^CEDARPOS_DEMO=false$")
                .containsPattern("(?m)^CEDARPOS_NEW_EPOCH=false$");
    }

    @Test
    void systemdFindsNoErrorInTheUnit() {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        if (!Files.isExecutable(analyze)) {
            // systemd is not on every build machine (containers); the unit's keys are checked above
            return;
        }
        Tools.Result r = Tools.run(null, analyze.toString(), "verify", DIR.resolve("cedarpos-server.service").toString());
        assertThat(r.err() + r.out()).doesNotContain("Unknown key", "Unknown section", "Invalid", "Failed to parse");
    }

    private static Map<String, String> section(List<String> lines, String name) {
        int start = lines.indexOf(name);
        assertThat(start).as(name).isNotNegative();
        return lines.stream().skip(start + 1L).takeWhile(l -> !l.startsWith("["))
                .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1),
                        (a, b) -> a + " " + b, java.util.LinkedHashMap::new));
    }

}
