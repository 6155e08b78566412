package cedarpos.terminal.ui.reset;

import java.util.Locale;

/** What only the process that runs the till can do to it; called on the EDT once a manager approved. */
public interface TillActions {
    /** Closes this till, archives its data file (never deletes it) and opens the setup screen in {@code locale}. */
    void reset(Locale locale);

    /**
     * Closes this till and opens the setup screen on the same data, to enroll it again under its own id: its unsent
     * entries are kept and go to the server once it is enrolled.
     */
    void enrollAgain(Locale locale);
}
