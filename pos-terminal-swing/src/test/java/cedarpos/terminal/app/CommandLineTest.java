package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    static final Path HOME = Path.of("/home/cashier");

    @Test
    void defaultsPointAtTheLocalServerAndDemoBranch() throws Exception {
        CommandLine.Options o = CommandLine.parse(new String[0], "till-7", HOME);
        assertThat(o.config().serverUri()).isEqualTo(URI.create("ws://localhost:8080/sync"));
        assertThat(o.config().branchId().toString()).isEqualTo(CommandLine.DEMO_BRANCH);
        assertThat(o.config().terminalName()).isEqualTo("till-7");
        assertThat(o.config().dataDir()).isEqualTo(HOME.resolve(".cedarpos/terminal"));
        assertThat(o.headless()).isFalse();
    }

    @Test
    void everyOptionIsRead() throws Exception {
        CommandLine.Options o = CommandLine.parse(new String[] {"--server", "wss://pos.example.com/sync",
                "--branch", "b0000000-0000-4000-8000-000000000002", "--name", "Counter 1", "--data", "/tmp/t1",
                "--locale", "ar", "--headless"}, "h", HOME);
        assertThat(o.config().serverUri().getHost()).isEqualTo("pos.example.com");
        assertThat(o.config().terminalName()).isEqualTo("Counter 1");
        assertThat(o.config().dataDir()).isEqualTo(Path.of("/tmp/t1"));
        assertThat(o.locale().getLanguage()).isEqualTo("ar");
        assertThat(o.headless()).isTrue();
    }

    @Test
    void badArgumentsAreUsageErrorsThatSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--bogus"}, "h", HOME))
                .isInstanceOf(CommandLine.UsageException.class).hasMessage("unknown argument: --bogus");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--branch", "nope"}, "h", HOME))
                .hasMessageContaining("branch id must be a UUID");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--server", "http://x/sync"}, "h", HOME))
                .hasMessageContaining("ws://HOST:PORT/sync");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--name"}, "h", HOME))
                .hasMessage("--name needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--name", " "}, "h", HOME))
                .hasMessage("--name must not be blank");
    }
}
