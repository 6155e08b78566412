package cedarpos.server.archfixture.beta.internal;

/** Fixture: an internal class of module "beta". */
public class Secret {
    public static int value() {
        return 42;
    }
}
