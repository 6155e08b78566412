package cedarpos.installer;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.app.CommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till's MSI as Maven built it (target/cedarpos-till-VERSION.msi), read with msiinfo and unpacked with
 * msiextract: what Windows Installer would install, where, with which shortcuts, and what it keeps.
 */
class TillMsiIT {
    /** Fixed for ever: a new MSI finds the installed till by it and replaces it. */
    private static final String UPGRADE_CODE = "{3F6C1D2E-8A4B-4C7D-9E15-6B2A7F0C4D81}";
    private static final String ARGUMENTS =
            "-jar \"[APPDIR]cedarpos-terminal.jar\" --data \"[DATADIR].\" --server \"[SERVER_URL]\""
            + " --name \"[TILL_NAME]\"";

    private static Path msi;
    private static MsiTables tables;
    private static boolean bundled;

    @BeforeAll
    static void requireTools() {
        Tools.require("wixl", "wixl");
        Tools.require("msibuild", "msitools");
        Tools.require("msiinfo", "msitools");
        Tools.require("msiextract", "msitools");
        msi = Path.of(Tools.property("till.msi"));
        assertThat(msi).as("the MSI the package phase builds (src/main/msi/build-msi; its log says why it is missing)")
                .isRegularFile();
        tables = new MsiTables(msi);
        bundled = !Tools.property("cedarpos.windows.java.home").isBlank();
    }

    @Test
    void hasTheTablesOfAnInstallWithShortcutsUpgradeAndChecks() {
        assertThat(tables.names()).contains("File", "Component", "Directory", "Feature", "FeatureComponents",
                "Shortcut", "Upgrade", "Property", "LaunchCondition", "Registry", "CreateFolder", "CustomAction",
                "InstallExecuteSequence", "InstallUISequence", "Media");
    }

    @Test
    void productVersionIsTheMavenVersionsNumericPartAndTheUpgradeCodeIsFixed() {
        String expected = numericVersion(Tools.property("project.version"));
        assertThat(tables.property("ProductVersion")).contains(expected);
        assertThat(tables.property("UpgradeCode").map(String::toUpperCase)).contains(UPGRADE_CODE);
        assertThat(tables.property("ProductName")).contains("Cedar POS Till");
        assertThat(tables.property("ALLUSERS")).as("installed per machine").contains("1");
    }

    @Test
    void aNewMsiReplacesAnyOlderOrSameVersionTillAndNeverDowngrades() {
        String version = numericVersion(Tools.property("project.version"));
        List<Map<String, String>> upgrade = tables.rows("Upgrade");
        assertThat(upgrade).allSatisfy(r -> assertThat(r.get("UpgradeCode")).isEqualTo(UPGRADE_CODE));
        Map<String, String> replace = tables.row("Upgrade", "ActionProperty", "WIX_UPGRADE_DETECTED");
        assertThat(replace.get("VersionMin")).isEmpty();
        assertThat(replace.get("VersionMax")).isEqualTo(version);
        int attributes = Integer.parseInt(replace.get("Attributes"));
        assertThat(attributes & 512).as("VersionMaxInclusive: a rebuild of the same x.y.z replaces it").isEqualTo(512);
        assertThat(attributes & 2).as("not detect-only: the old till is removed").isZero();
        Map<String, String> downgrade = tables.row("Upgrade", "ActionProperty", "WIX_DOWNGRADE_DETECTED");
        assertThat(downgrade.get("VersionMin")).isEqualTo(version);
        assertThat(Integer.parseInt(downgrade.get("Attributes")) & 2).as("detect only").isEqualTo(2);
        assertThat(conditions()).anySatisfy(c -> assertThat(c).startsWith("NOT WIX_DOWNGRADE_DETECTED"));
        assertThat(sequence("InstallExecuteSequence")).contains("FindRelatedProducts", "RemoveExistingProducts");
        assertThat(tables.property("SecureCustomProperties").orElse("").split(";"))
                .contains("WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED", "SERVER_URL", "TILL_NAME", "JAVA_HOME_DIR");
    }

    @Test
    void installsExactlyTheTerminalJarAndTheLibrariesItsManifestNames(@TempDir Path out) throws IOException {
        Tools.ok(null, "msiextract", "-C", out.toString(), msi.toString());
        Path app = out.resolve("Cedar POS Till").resolve("app");
        Path terminalJar = Path.of(Tools.property("terminal.jar"));
        Path deps = Path.of(Tools.property("till.deps"));
        assertThat(app.resolve("cedarpos-terminal.jar")).hasSameBinaryContentAs(terminalJar);
        List<String> classPath = Tools.classPathJars(terminalJar);
        assertThat(classPath).isNotEmpty().contains("sqlite-jdbc-3.54.1.0.jar", "flatlaf-3.8.jar");
        try (Stream<Path> lib = Files.list(app.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(classPath);
        }
        for (String jar : classPath) {
            assertThat(app.resolve("lib").resolve(jar)).hasSameBinaryContentAs(deps.resolve(jar));
        }
        List<String> everything = new ArrayList<>();
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(Files::isRegularFile).forEach(p -> everything.add(out.relativize(p).toString()));
        }
        List<String> outsideApp = everything.stream().filter(p -> !p.startsWith("Cedar POS Till/app/")).toList();
        if (bundled) {
            Path runtime = Path.of(Tools.property("cedarpos.windows.java.home"));
            assertThat(out.resolve("Cedar POS Till/runtime/bin/javaw.exe"))
                    .hasSameBinaryContentAs(runtime.resolve("bin/javaw.exe"));
            assertThat(outsideApp).allSatisfy(p -> assertThat(p).startsWith("Cedar POS Till/runtime/"));
        } else {
            assertThat(outsideApp).as("no Java inside: the MSI uses the installed one").isEmpty();
        }
        assertThat(tables.directoryPath("APPDIR")).isEqualTo("ProgramFiles64Folder/Cedar POS Till/app");
    }

    @Test
    void startMenuDesktopAndLogonShortcutsRunTheTillWithJavawAndNoConsole() throws Exception {
        List<Map<String, String>> shortcuts = tables.rows("Shortcut");
        assertThat(shortcuts).extracting(r -> r.get("Directory_"))
                .containsExactlyInAnyOrder("MENUDIR", "DesktopFolder", "StartupFolder");
        String javaHome = bundled ? "[RUNTIMEDIR]" : "[JAVA_HOME_DIR]";
        for (Map<String, String> s : shortcuts) {
            assertThat(s.get("Name")).isEqualTo("Cedar POS Till");
            assertThat(s.get("Target")).as("javaw.exe: no console window").isEqualTo(javaHome + "bin\\javaw.exe");
            assertThat(s.get("Arguments")).isEqualTo(ARGUMENTS);
            assertThat(s.get("WkDir")).isEqualTo("APPDIR");
        }
        assertThat(tables.directoryPath("MENUDIR")).isEqualTo("ProgramMenuFolder/Cedar POS");
        if (bundled) {
            assertThat(tables.directoryPath("RUNTIMEDIR")).isEqualTo("ProgramFiles64Folder/Cedar POS Till/runtime");
        }
        // the flags the shortcuts pass are ones the till accepts: parsed by its own command line
        List<String> words = quotedWords(ARGUMENTS.replace("[APPDIR]", "C:\\Program Files\\Cedar POS Till\\app\\")
                .replace("[DATADIR]", "C:\\ProgramData\\Cedar POS\\till\\")
                .replace("[SERVER_URL]", "ws://192.168.1.10:8080/sync").replace("[TILL_NAME]", "Counter 2"));
        assertThat(words.subList(0, 2)).containsExactly("-jar",
                "C:\\Program Files\\Cedar POS Till\\app\\cedarpos-terminal.jar");
        CommandLine.Options options = CommandLine.parse(words.subList(2, words.size()).toArray(String[]::new),
                "TILL-1", Path.of("/home/cashier"));
        assertThat(options.config().serverUri().getHost()).isEqualTo("192.168.1.10");
        assertThat(options.config().dataDir().toString()).contains("ProgramData");
        assertThat(options.config().terminalName()).isEqualTo("Counter 2");
        assertThat(options.headless()).isFalse();
        // installed without SERVER_URL and TILL_NAME: the till keeps what its setup screen was told
        List<String> bare = quotedWords(ARGUMENTS.replace("[APPDIR]", "C:\\Program Files\\Cedar POS Till\\app\\")
                .replace("[DATADIR]", "C:\\ProgramData\\Cedar POS\\till\\").replace("[SERVER_URL]", "")
                .replace("[TILL_NAME]", ""));
        CommandLine.Options kept = CommandLine.parse(bare.subList(2, bare.size()).toArray(String[]::new),
                "TILL-1", Path.of("/home/cashier"));
        assertThat(kept.config().serverUri()).as("the kept address").isNull();
        assertThat(kept.config().terminalName()).as("the kept name").isNull();
    }

    /** Splits a command line as Windows does for these simple cases: spaces separate, quotes group. */
    private static List<String> quotedWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        assertThat(quoted).as("balanced quotes in %s", line).isFalse();
        return words;
    }

    @Test
    void startAtLogonIsOptionalAndOffByDefault() {
        Map<String, String> logon = tables.row("FeatureComponents", "Component_", "StartAtLogon");
        Map<String, String> feature = tables.row("Feature", "Feature", logon.get("Feature_"));
        int installLevel = Integer.parseInt(tables.property("INSTALLLEVEL").orElse("1"));
        assertThat(Integer.parseInt(feature.get("Level"))).as("above INSTALLLEVEL: only when asked")
                .isGreaterThan(installLevel);
        assertThat(Integer.parseInt(tables.row("Feature", "Feature", "Till").get("Level")))
                .isLessThanOrEqualTo(installLevel);
        assertThat(tables.row("Shortcut", "Component_", "StartAtLogon").get("Directory_")).isEqualTo("StartupFolder");
        assertThat(tables.rows("FeatureComponents", r -> "Till".equals(r.get("Feature_"))))
                .extracting(r -> r.get("Component_")).contains("MenuShortcut", "DesktopShortcut", "DataFolder",
                        "TerminalJar");
    }

    @Test
    void dataLivesUnderProgramDataAndIsNeverRemovedOnUpgradeOrUninstall() {
        assertThat(tables.directoryPath("DATADIR")).isEqualTo("CommonAppDataFolder/Cedar POS/till");
        assertThat(tables.row("CreateFolder", "Directory_", "DATADIR").get("Component_")).isEqualTo("DataFolder");
        // no ComponentId: an unmanaged component, which Windows Installer never uninstalls
        assertThat(tables.row("Component", "Component", "DataFolder").get("ComponentId")).isEmpty();
        assertThat(tables.rows("File", r -> "DataFolder".equals(r.get("Component_")))).isEmpty();
        assertThat(tables.rows("RemoveFile")).noneSatisfy(r ->
                assertThat(r.get("DirProperty")).isIn("DATADIR", "DATAROOT", "CommonAppDataFolder"));
        // cashiers (the Users group, by SID) may write the database whoever installed or enrolled the till
        Map<String, String> grant = tables.row("CustomAction", "Action", "GrantDataToUsers");
        int type = Integer.parseInt(grant.get("Type"));
        assertThat(type & 0x400).as("deferred").isEqualTo(0x400);
        assertThat(type & 0x800).as("as LocalSystem").isEqualTo(0x800);
        assertThat(grant.get("Target")).contains("\"[DATADIR].\"", "*S-1-5-32-545:(OI)(CI)M");
        Map<String, Integer> seq = sequenceNumbers("InstallExecuteSequence");
        assertThat(seq.get("GrantDataToUsers")).isBetween(seq.get("CreateFolders"), seq.get("InstallFinalize"));
        assertThat(tables.row("Registry", "Name", "DataDir").get("Value")).isEqualTo("[DATADIR]");
    }

    @Test
    void withoutABundledJavaItRefusesToInstallUnlessJava17OrLaterIsFound() {
        if (bundled) {
            assertThat(conditions()).noneSatisfy(c -> assertThat(c).contains("JAVA_HOME_DIR"));
            assertThat(tables.property("CEDARPOS_RUNTIME")).contains("bundled");
            return;
        }
        assertThat(tables.property("CEDARPOS_RUNTIME")).contains("installed");
        Map<String, String> java = tables.row("LaunchCondition", "Condition", "Installed OR JAVA_HOME_DIR");
        assertThat(java.get("Description")).contains("needs Java 17 or later", "JAVA_HOME_DIR=",
                "bundles its own Java");
        // every vendor key searched belongs to one major version of 17 or later
        List<Map<String, String>> vendorKeys = tables.rows("RegLocator",
                r -> !r.get("Key").startsWith("SOFTWARE\\Cedar POS"));
        assertThat(vendorKeys).extracting(r -> r.get("Key")).contains(
                "SOFTWARE\\JavaSoft\\JDK\\17", "SOFTWARE\\JavaSoft\\JRE\\21", "SOFTWARE\\Azul Systems\\Zulu\\zulu-17");
        for (Map<String, String> key : vendorKeys) {
            assertThat(key.get("Key")).matches(".*\\D(17|21|25)(-jre)?$");
            assertThat(key.get("Root")).as("HKLM").isEqualTo("2");
            assertThat(Integer.parseInt(key.get("Type")) & 16).as("64-bit registry view").isEqualTo(16);
        }
        // each search found is copied into JAVA_HOME_DIR before LaunchConditions, in the UI and the execute sequence
        for (String table : List.of("InstallUISequence", "InstallExecuteSequence")) {
            Map<String, Integer> seq = sequenceNumbers(table);
            List<Map<String, String>> setters = tables.rows("CustomAction", r -> "JAVA_HOME_DIR".equals(r.get("Source")));
            assertThat(setters).hasSizeGreaterThanOrEqualTo(vendorKeys.size());
            for (Map<String, String> ca : setters) {
                assertThat(seq.get(ca.get("Action"))).as("%s in %s", ca.get("Action"), table)
                        .isBetween(seq.get("AppSearch"), seq.get("LaunchConditions"));
            }
        }
        // the Java used is remembered, for upgrades and repairs
        assertThat(tables.row("Registry", "Name", "JavaHome").get("Value")).isEqualTo("[JAVA_HOME_DIR]");
        assertThat(tables.row("RegLocator", "Signature_", "SavedJavaHome").get("Key")).isEqualTo("SOFTWARE\\Cedar POS\\Till");
    }

    @Test
    void theServerAddressAndTheTillsNameAreOptionalPropertiesRememberedAcrossUpgrades() {
        // no default: left empty, the shortcuts pass empty values and the till keeps what its setup screen was told
        for (String[] p : new String[][] {{"ServerUrl", "SERVER_URL", "SavedServerUrl"},
            {"TillName", "TILL_NAME", "SavedTillName"}}) {
            assertThat(tables.row("Registry", "Name", p[0]).get("Value")).isEqualTo("[" + p[1] + "]");
            assertThat(tables.row("RegLocator", "Signature_", p[2]).get("Name")).isEqualTo(p[0]);
            assertThat(tables.rows("CustomAction").stream().filter(r -> r.get("Source").equals(p[1]))
                    .map(r -> r.get("Action")).toList()).as("what sets " + p[1])
                    .containsExactly("UseSaved" + p[0]);
            for (String table : List.of("InstallUISequence", "InstallExecuteSequence")) {
                Map<String, Integer> seq = sequenceNumbers(table);
                assertThat(seq.get("UseSaved" + p[0])).isLessThan(seq.get("CostFinalize"));
            }
        }
        // the key path is a value that always has one
        String keyPath = tables.row("Component", "Component", "MenuShortcut").get("KeyPath");
        assertThat(tables.row("Registry", "Registry", keyPath).get("Name")).isEqualTo("Runtime");
    }

    private static List<String> conditions() {
        return tables.rows("LaunchCondition").stream().map(r -> r.get("Condition")).toList();
    }

    private static TreeSet<String> sequence(String table) {
        return new TreeSet<>(sequenceNumbers(table).keySet());
    }

    private static Map<String, Integer> sequenceNumbers(String table) {
        Map<String, Integer> seq = new java.util.HashMap<>();
        for (Map<String, String> r : tables.rows(table)) {
            seq.put(r.get("Action"), Integer.parseInt(r.get("Sequence")));
        }
        return seq;
    }

    /** The oracle of msi-version: the Maven version's numbers before any qualifier, padded to x.y.z. */
    static String numericVersion(String maven) {
        String[] parts = maven.split("-", 2)[0].split("\\.");
        List<String> padded = new ArrayList<>(Arrays.asList(parts));
        while (padded.size() < 3) {
            padded.add("0");
        }
        return padded.stream().map(p -> String.valueOf(Integer.parseInt(p))).reduce((a, b) -> a + "." + b).orElseThrow();
    }
}
