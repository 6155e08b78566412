package cedarpos.terminal.archfixture.ui.nav;

/** The navigator. */
public interface Go {
    void somewhere();
}
