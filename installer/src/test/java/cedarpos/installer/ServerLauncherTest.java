package cedarpos.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The server's launcher (src/main/bin/cedarpos-server), which ./run-demo and the systemd unit run. */
class ServerLauncherTest {
    private static final Path SRC = Path.of(Tools.property("installer.src"));
    private static final Path LAUNCHER = SRC.resolve("bin/cedarpos-server");

    @Test
    void opensTheHttpPortOnlyOnceDeployedLikeTheJarItself() throws IOException {
        // the launcher starts Payara from its unpacked root dir, which does not carry the jar's command files
        String script = Files.readString(LAUNCHER);
        assertThat(script).contains("pre_boot='" + Files.readString(SRC.resolve("payara/pre-boot-commands.txt")).strip()
                + "'", "post_deploy='" + Files.readString(SRC.resolve("payara/post-deploy-commands.txt")).strip() + "'");
        assertThat(script).contains("--nohazelcast", "--disablephonehome", "-Dhazelcast.phone.home.enabled=false");
    }

    @Test
    void isAnExecutableBashScriptWithoutSyntaxErrors() {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        Tools.Result r = Tools.run(null, "bash", "-n", LAUNCHER.toString());
        assertThat(r.err()).isEmpty();
    }
}
