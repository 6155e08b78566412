package cedarpos.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till's Debian package (target/cedarpos-till_VERSION-1_amd64.deb, jpackage): its control data, its files,
 *  and its launcher actually starting the till on its bundled runtime. */
class TillDebIT {
    private static final String ROOT = "./opt/cedarpos-till/";
    private static Path deb;

    @BeforeAll
    static void findDeb() throws IOException {
        Tools.require("dpkg-deb", "dpkg");
        Tools.require("fakeroot", "fakeroot");
        String version = TillMsiIT.numericVersion(Tools.property("project.version"));
        deb = Path.of(Tools.property("till.deb.dir")).resolve("cedarpos-till_" + version + "-1_amd64.deb");
        assertThat(deb).as("the .deb the package phase builds (src/main/deb/build-deb; its log says why it is missing)")
                .isRegularFile();
    }

    @Test
    void controlNamesThePackageItsVersionAndWhatItNeeds() {
        String control = Tools.ok(null, "dpkg-deb", "--info", deb.toString(), "control");
        String version = TillMsiIT.numericVersion(Tools.property("project.version"));
        assertThat(control).contains("Package: cedarpos-till\n", "Version: " + version + "-1\n",
                "Architecture: amd64\n");
        String depends = control.lines().filter(l -> l.startsWith("Depends: ")).findFirst().orElseThrow();
        // the Arabic screens and tickets need a font with Arabic glyphs; the window needs X11
        assertThat(depends).contains("fonts-dejavu-core", "libx11-6", "libfreetype6");
    }

    @Test
    void holdsTheLauncherTheTerminalJarItsLibrariesARuntimeAndAMenuEntry() throws IOException {
        List<String> lines = Arrays.asList(Tools.ok(null, "dpkg-deb", "--contents", deb.toString()).split("\n"));
        List<String> paths = lines.stream().map(l -> l.substring(l.indexOf("./"))).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("-rwxr-xr-x").endsWith(ROOT + "bin/cedarpos-till"));
        assertThat(paths).contains(ROOT + "lib/app/cedarpos-terminal.jar", ROOT + "lib/app/cedarpos-till.cfg",
                ROOT + "lib/runtime/lib/modules", ROOT + "lib/cedarpos-till-cedarpos-till.desktop");
        List<String> libs = paths.stream().filter(p -> p.startsWith(ROOT + "lib/app/lib/") && p.endsWith(".jar"))
                .map(p -> p.substring((ROOT + "lib/app/lib/").length())).toList();
        assertThat(libs).containsExactlyInAnyOrderElementsOf(
                Tools.classPathJars(Path.of(Tools.property("terminal.jar"))));
        assertThat(paths).noneSatisfy(p -> assertThat(p).contains("/jdk.jdi", "/jdk.attach"));
    }

    @Test
    void theLauncherStartsTheTillOnItsOwnRuntime(@TempDir Path tmp) throws IOException {
        Tools.ok(null, "dpkg-deb", "-x", deb.toString(), tmp.resolve("root").toString());
        Path root = tmp.resolve("root/opt/cedarpos-till");
        assertThat(Files.readString(root.resolve("lib/app/cedarpos-till.cfg")))
                .contains("app.mainclass=cedarpos.terminal.app.Main");
        assertThat(Files.readString(root.resolve("lib/cedarpos-till-cedarpos-till.desktop")))
                .contains("Name=Cedar POS Till", "Exec=/opt/cedarpos-till/bin/cedarpos-till", "Terminal=false");
        String launcher = root.resolve("bin/cedarpos-till").toString();

        Tools.Result usage = Tools.run(null, launcher, "--no-such-flag");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("unknown argument: --no-such-flag", "usage: cedarpos-terminal");

        // a real start: the runtime loads SQLite's native library and Flyway migrates the till's database,
        // then the till stops because it has no identity yet
        Path data = tmp.resolve("till-data");
        Tools.Result start = Tools.run(null, launcher, "--headless", "--data", data.toString(), "--server",
                "ws://127.0.0.1:9/sync");
        assertThat(start.exitCode()).as(start.err()).isEqualTo(2);
        assertThat(start.err()).contains("this terminal is not enrolled", data.toString());
        assertThat(data.resolve("terminal.db")).isRegularFile();
        try (Stream<Path> files = Files.list(root.resolve("lib/runtime/legal"))) {
            assertThat(files).as("the runtime's licences travel with it").isNotEmpty();
        }
    }
}
