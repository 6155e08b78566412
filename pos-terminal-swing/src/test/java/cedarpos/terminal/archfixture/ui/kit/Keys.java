package cedarpos.terminal.archfixture.ui.kit;

/** A shared widget. */
public final class Keys {
    public void press() {
        // nothing
    }
}
