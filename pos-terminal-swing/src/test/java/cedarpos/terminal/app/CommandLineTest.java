package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    static final Path HOME = Path.of("/home/cashier");

    @TempDir
    Path dir;

    @Test
    void withNoFlagsTheTillUsesWhatItKept() throws Exception {
        CommandLine.Options o = CommandLine.parse(new String[0], "till-7", HOME);
        assertThat(o.config().serverUri()).as("the kept address").isNull();
        assertThat(o.config().enrollmentCode()).isNull();
        assertThat(o.config().terminalName()).as("the kept name").isNull();
        assertThat(o.config().dataDir()).isEqualTo(HOME.resolve(".cedarpos/terminal"));
        assertThat(o.headless()).isFalse();
    }

    @Test
    void everyOptionIsRead() throws Exception {
        CommandLine.Options o = CommandLine.parse(new String[] {"--server", "wss://pos.example.com/sync",
                "--enroll", " K7QM-2XPA-93HD ", "--name", "Counter 1", "--data", "/tmp/t1",
                "--locale", "ar", "--headless"}, "h", HOME);
        assertThat(o.config().serverUri().getHost()).isEqualTo("pos.example.com");
        assertThat(o.config().enrollmentCode()).isEqualTo("K7QM-2XPA-93HD");
        assertThat(o.config().terminalName()).isEqualTo("Counter 1");
        assertThat(o.config().dataDir()).isEqualTo(Path.of("/tmp/t1"));
        assertThat(o.config().toString()).doesNotContain("K7QM");
        assertThat(o.locale().getLanguage()).isEqualTo("ar");
        assertThat(o.headless()).isTrue();
    }

    @Test
    void enrollingWithoutANameTakesTheHostName() throws Exception {
        CommandLine.Options o = CommandLine.parse(new String[] {"--enroll", "K7QM-2XPA-93HD"}, "till-7", HOME);
        assertThat(o.config().terminalName()).isEqualTo("till-7");
        assertThat(o.config().serverUri()).as("the fallback, decided at start").isNull();
    }

    @Test
    void theServerIsTakenAsAPersonTypesIt() throws Exception {
        assertThat(CommandLine.parse(new String[] {"--server", "192.168.1.10"}, "h", HOME).config().serverUri())
                .isEqualTo(URI.create("ws://192.168.1.10:8080/sync"));
        assertThat(CommandLine.parse(new String[] {"--server", "http://server:9090"}, "h", HOME).config()
                .serverUri()).isEqualTo(URI.create("ws://server:9090/sync"));
    }

    @Test
    void theUsageExplainsEveryFlag() {
        for (String flag : new String[] {"--server", "--enroll", "--enroll-file", "--name", "--data", "--locale",
                "--headless", "--help", "--drive-orders", "--drive-seed", "--drive-log"}) {
            assertThat(CommandLine.USAGE).as(flag).containsPattern("(?m)^\\s+" + flag + "\\s+\\S");
        }
        assertThat(CommandLine.USAGE).contains("setup screen");
    }

    @Test
    void theCodeCanComeFromAFileAsTheDemoLauncherWritesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("demo-enrollment-code"), "K7QM2XPA93HD\n");
        CommandLine.Options o = CommandLine.parse(new String[] {"--enroll-file", file.toString()}, "h", HOME);
        assertThat(o.config().enrollmentCode()).isEqualTo("K7QM2XPA93HD");
    }

    @Test
    void badArgumentsAreUsageErrorsThatSayWhatIsWrong() throws Exception {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--bogus"}, "h", HOME))
                .isInstanceOf(CommandLine.UsageException.class).hasMessage("unknown argument: --bogus");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--branch", "b0000000-0000-4000-8000-000000000001"},
                "h", HOME)).hasMessage("unknown argument: --branch");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--server", "ftp://x/sync"}, "h", HOME))
                .hasMessageContaining("like 192.168.1.10, server:8080").hasMessageEndingWith("got: ftp://x/sync");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--name"}, "h", HOME))
                .hasMessage("--name needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--name", " "}, "h", HOME))
                .hasMessage("--name must not be blank");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--enroll"}, "h", HOME))
                .hasMessage("--enroll needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--enroll", "  "}, "h", HOME))
                .hasMessageContaining("blank");
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--enroll-file", missing.toString()}, "h", HOME))
                .hasMessageContaining("--enroll-file cannot be read: " + missing);
        Path empty = Files.writeString(dir.resolve("empty"), " \n");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--enroll-file", empty.toString()}, "h", HOME))
                .hasMessageContaining("is empty");
        Path file = Files.writeString(dir.resolve("code"), "ABCD");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--enroll", "X", "--enroll-file", file.toString()},
                "h", HOME)).hasMessage("give --enroll or --enroll-file, not both");
    }

    @Test
    void theOrderDriverIsReadWithItsDefaults() throws Exception {
        CommandLine.Options o = CommandLine.parse(new String[] {"--headless", "--data", "/tmp/t1", "--drive-orders",
                "2.5/s"}, "h", HOME);
        assertThat(o.drive()).isEqualTo(new CommandLine.Drive(2.5, 1, Path.of("/tmp/t1").resolve(
                OrderDriver.DEFAULT_LOG)));
        CommandLine.Options p = CommandLine.parse(new String[] {"--headless", "--drive-orders", "7", "--drive-seed",
                "42", "--drive-log", "/tmp/saved.log"}, "h", HOME);
        assertThat(p.drive()).isEqualTo(new CommandLine.Drive(7, 42, Path.of("/tmp/saved.log")));
        assertThat(CommandLine.parse(new String[] {"--headless"}, "h", HOME).drive()).isNull();
    }

    @Test
    void aBadOrderDriverSettingIsAUsageError() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--drive-orders", "5/s"}, "h", HOME))
                .hasMessageContaining("--drive-orders needs --headless");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--headless", "--drive-orders", "fast"}, "h", HOME))
                .hasMessage("--drive-orders must look like 5/s or 0.5/s, got: fast");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--headless", "--drive-orders", "0/s"}, "h", HOME))
                .hasMessageContaining("more than 0");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--headless", "--drive-orders", "NaN"}, "h", HOME))
                .hasMessageContaining("more than 0");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--headless", "--drive-orders", "1/s",
                "--drive-seed", "x"}, "h", HOME)).hasMessage("--drive-seed must be a whole number, got: x");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--headless", "--drive-seed", "3"}, "h", HOME))
                .hasMessage("--drive-seed and --drive-log need --drive-orders");
    }
}
