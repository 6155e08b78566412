package cedarpos.terminal.support;

/**
 * The terminal software's version, as its jar's manifest gives it (Implementation-Version); "dev" when it runs from
 * classes (an IDE, the tests). Reported to the server in every hello, so a manager sees which till runs what.
 */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String read() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        if (v == null || v.isBlank()) {
            return "dev";
        }
        v = v.strip();
        return v.length() > 50 ? v.substring(0, 50) : v;
    }
}
